import { resourcePaths } from "@/lib/openapi/operation";
import { profileBody } from "@/lib/openapi/paths/plans";
import { attachment, ok, TAGS } from "@/lib/openapi/responses";
import { ZAccountExportSchema, ZProfileResponseSchema } from "@/lib/schemas/api-responses";

export const accountPaths = resourcePaths(TAGS.account, {
  "GET /api/account/export": {
    id: "exportAccountData",
    summary: "Everything NutriWeek holds about the signed-in user",
    description: "A JSON download: account, sessions (no secrets), profile history, plans, lists, pantry.",
    responses: {
      200: {
        ...ok("The account's data.", ZAccountExportSchema),
        headers: attachment('attachment; filename="nutriweek-data-2026-11-23.json"'),
      },
    },
  },
  "GET /api/profile": {
    id: "getProfile",
    summary: "The signed-in user's dietary profile",
    responses: { 200: ok("The profile and its version.", ZProfileResponseSchema) },
    errors: [["NOT_FOUND", "No profile saved yet."]],
  },
  "PUT /api/profile": {
    id: "saveProfile",
    summary: "Save the dietary profile",
    description: "The profile form's fields as JSON; each save is a new version (see the profile history).",
    body: profileBody,
    responses: { 200: ok("The saved profile and its new version.", ZProfileResponseSchema) },
    errors: ["CONFLICT"],
  },
});
