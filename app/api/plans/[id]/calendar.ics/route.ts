import type { NextRequest } from "next/server";
import { ZCalendarQuerySchema } from "@/lib/schemas/calendar";
import { searchParamsToObject } from "@/lib/schemas/catalogue";
import { planCalendar } from "@/lib/shopping/calendar";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { badRequest, notFound } from "@/app/api/_lib/json";
import { userAndPlanId } from "@/app/api/_lib/session";

/** The week's meals as an iCalendar file (one event per meal at configurable times). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const auth = await userAndPlanId(params);
  if ("response" in auth) return auth.response;
  const query = ZCalendarQuerySchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const result = await getWeeklyPlan(auth.user.id, { planId: auth.planId });
  if (!result) return notFound("Plan");
  const { tz, ...mealTimes } = query.data;
  const ics = planCalendar({
    planId: result.plan.id,
    weekStart: result.plan.weekStart,
    meals: result.view.days.flatMap((day) =>
      day.meals.map((meal) => ({
        day: day.day,
        slot: meal.slot,
        recipeName: meal.recipeName,
        servings: meal.servings,
        nutrients: meal.nutrients,
      })),
    ),
    mealTimes,
    timeZone: tz,
    // A fixed domain keeps UIDs stable whatever host served the file (calendar apps then update events).
    uidDomain: "nutriweek.app",
    now: new Date(),
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="nutriweek-${result.plan.weekStart}.ics"`,
    },
  });
}
