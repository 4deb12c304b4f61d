import type { ZodOpenApiPathsObject } from "zod-openapi";
import { profileBody } from "@/lib/openapi/paths/plans";
import { attachment, errors, json, ok, signedIn, TAGS } from "@/lib/openapi/responses";
import { ZAccountExportSchema, ZProfileResponseSchema } from "@/lib/schemas/api-responses";

export const accountPaths: ZodOpenApiPathsObject = {
  "/api/account/export": {
    get: {
      tags: [TAGS.account],
      operationId: "exportAccountData",
      summary: "Everything NutriWeek holds about the signed-in user",
      description: "A JSON download: account, sessions (no secrets), profile history, plans, lists, pantry.",
      security: signedIn,
      responses: {
        200: {
          ...ok("The account's data.", ZAccountExportSchema),
          headers: attachment('attachment; filename="nutriweek-data-2026-11-23.json"'),
        },
        ...errors("UNAUTHORIZED"),
      },
    },
  },
  "/api/profile": {
    get: {
      tags: [TAGS.account],
      operationId: "getProfile",
      summary: "The signed-in user's dietary profile",
      security: signedIn,
      responses: {
        200: ok("The profile and its version.", ZProfileResponseSchema),
        ...errors("UNAUTHORIZED", ["NOT_FOUND", "No profile saved yet."]),
      },
    },
    put: {
      tags: [TAGS.account],
      operationId: "saveProfile",
      summary: "Save the dietary profile",
      description: "The profile form's fields as JSON; each save is a new version (see the profile history).",
      security: signedIn,
      requestBody: { required: true, content: json(profileBody) },
      responses: {
        200: ok("The saved profile and its new version.", ZProfileResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "CONFLICT", "PAYLOAD_TOO_LARGE"),
      },
    },
  },
};
