import { getDatabase, type Db } from "@/lib/db";
import { planCalendar, type PlanCalendarInput } from "@/lib/shopping/calendar";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";

/** A saved plan's meals as an iCalendar file: one event per meal at the given times. */
export async function exportPlanCalendar(
  userId: string,
  options: { planId: number; timeZone?: string; mealTimes: PlanCalendarInput["mealTimes"] },
  db: Db = getDatabase(),
): Promise<{ fileName: string; ics: string }> {
  const { plan, view } = await getWeeklyPlan(userId, { planId: options.planId }, db);
  const ics = planCalendar({
    planId: plan.id,
    weekStart: plan.weekStart,
    meals: view.days.flatMap((day) =>
      day.meals.map((meal) => ({
        day: day.day,
        slot: meal.slot,
        recipeName: meal.recipeName,
        servings: meal.servings,
        nutrients: meal.nutrients,
        sideNames: meal.sides.map((side) => side.name),
      })),
    ),
    mealTimes: options.mealTimes,
    timeZone: options.timeZone,
    // A fixed domain keeps UIDs stable whatever host served the file (calendar apps then update events).
    uidDomain: "nutriweek.app",
    now: new Date(),
  });
  return { fileName: `nutriweek-${plan.weekStart}.ics`, ics };
}
