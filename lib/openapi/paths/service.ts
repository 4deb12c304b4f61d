import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ok, TAGS } from "@/lib/openapi/responses";
import { ZHealthFailureSchema, ZHealthOkSchema } from "@/lib/schemas/api-responses";

export const servicePaths: ZodOpenApiPathsObject = {
  "/api/health": {
    get: {
      tags: [TAGS.service],
      operationId: "checkHealth",
      summary: "Liveness and readiness",
      description: "For load balancers: is the database answering in time.",
      responses: {
        200: ok("Ready.", ZHealthOkSchema),
        503: ok("Not ready; the log has the cause.", ZHealthFailureSchema),
      },
    },
  },
  "/api/openapi.json": {
    get: {
      tags: [TAGS.service],
      operationId: "getOpenApiDocument",
      summary: "This document",
      responses: {
        200: ok("OpenAPI 3.1, generated from the zod schemas.", z.record(z.string(), z.unknown())),
      },
    },
  },
};
