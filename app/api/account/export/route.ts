import { currentUser } from "@/lib/auth/server";
import { requestLogger } from "@/lib/log";
import type { TAccountExport } from "@/lib/schemas/api-responses";
import { exportAccountData } from "@/lib/services/account/export-account-data";
import { unauthorized } from "@/app/api/_lib/request";

/** Everything the app holds about the signed-in user, as a JSON download. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return unauthorized();
  const data = await exportAccountData(user.id);
  if (!data) return unauthorized();
  requestLogger(request.headers).info({ event: "account_export", userId: user.id }, "account data exported");
  const filename = `nutriweek-data-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data satisfies TAccountExport, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
