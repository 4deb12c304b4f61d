import { withRoute } from "@/lib/api/with-route";
import { ZCalendarQuerySchema } from "@/lib/schemas/calendar";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { exportPlanCalendar } from "@/lib/services/planning/export-plan-calendar";

/** The week's meals as an iCalendar file (one event per meal at configurable times). */
export const GET = withRoute(
  { auth: "required", params: ZIdParamSchema, query: ZCalendarQuerySchema },
  async ({ user, params, query: { tz, ...mealTimes } }) => {
    const { fileName, ics } = await exportPlanCalendar(user.id, {
      planId: params.id,
      timeZone: tz,
      mealTimes,
    });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
      },
    });
  },
);
