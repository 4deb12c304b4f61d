import { z } from "zod";
import { resourcePaths } from "@/lib/openapi/operation";
import { ok, TAGS } from "@/lib/openapi/responses";
import { ZHealthFailureSchema, ZHealthOkSchema } from "@/lib/schemas/api-responses";

export const servicePaths = resourcePaths(TAGS.service, {
  "GET /api/health": {
    id: "checkHealth",
    summary: "Liveness and readiness",
    description: "For load balancers: is the database answering in time.",
    session: "none",
    responses: {
      200: ok("Ready.", ZHealthOkSchema),
      503: ok("Not ready; the log has the cause.", ZHealthFailureSchema),
    },
  },
  "GET /api/openapi.json": {
    id: "getOpenApiDocument",
    summary: "This document",
    session: "none",
    responses: { 200: ok("OpenAPI 3.1, generated from the zod schemas.", z.record(z.string(), z.unknown())) },
  },
});
