import { calciumSentence } from "@/lib/planner/counted-calcium";
import type { PlanFollow } from "@/lib/planner/follow-warnings";
import { varietySentence } from "@/lib/planner/week-variety";

/** One line each: how varied the week is, and calcium eaten against calcium counted. */
export function WeekFacts({ follow }: { follow: PlanFollow }) {
  const calcium = calciumSentence(follow.calcium);
  return (
    <ul className="space-y-1 text-sm text-muted-foreground">
      <li data-testid="variety">Variety: {varietySentence(follow.variety)}</li>
      {calcium && <li data-testid="calcium-counted">Calcium a day: {calcium}</li>}
    </ul>
  );
}
