import { withRoute } from "@/lib/api/with-route";
import { requestLogger } from "@/lib/log";
import type { TAccountExport } from "@/lib/schemas/api-responses";
import { exportAccountData } from "@/lib/services/account/export-account-data";

/** Everything the app holds about the signed-in user, as a JSON download. */
export const GET = withRoute({ auth: "required" }, async ({ request, user }) => {
  const data = await exportAccountData(user.id);
  requestLogger(request.headers).info({ event: "account_export", userId: user.id }, "account data exported");
  const filename = `nutriweek-data-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data satisfies TAccountExport, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
});
