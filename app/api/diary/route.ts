import { json, withRoute } from "@/lib/api/with-route";
import { ZDiaryEntryInputSchema, ZDiaryRangeQuerySchema } from "@/lib/schemas/memory";
import { getDiary } from "@/lib/services/memory/get-diary";
import { saveDiaryEntry } from "@/lib/services/memory/save-diary-entry";
import { diaryEntryJson, diaryJson } from "@/app/api/_lib/memory-json";

/** Check-ins from `from` to `to` (default: the last 28 days) and the alerts of the 14 days ending on `to`. */
export const GET = withRoute({ auth: "required", query: ZDiaryRangeQuerySchema }, async ({ user, query }) =>
  diaryJson(await getDiary(user.id, query)),
);

/** One day's check-in; a second one for the same date replaces it. */
export const POST = withRoute({ auth: "required", body: ZDiaryEntryInputSchema }, async ({ user, body }) =>
  json(diaryEntryJson(await saveDiaryEntry(user.id, body)), 201),
);
