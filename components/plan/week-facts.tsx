import { b12SpreadSentence, type B12Spread } from "@/lib/planner/b12-spread";
import { calciumSentence } from "@/lib/planner/counted-calcium";
import type { PlanFollow } from "@/lib/planner/follow-warnings";
import { varietySentence } from "@/lib/planner/week-variety";

/** One line each: how varied the week is, calcium eaten against counted, and (vegan) how B12 is spread. */
export function WeekFacts({ follow, b12Spread }: { follow: PlanFollow; b12Spread: B12Spread | null }) {
  const calcium = calciumSentence(follow.calcium);
  return (
    <ul className="space-y-1 text-sm text-muted-foreground">
      <li data-testid="variety">Variety: {varietySentence(follow.variety)}</li>
      {calcium && <li data-testid="calcium-counted">Calcium a day: {calcium}</li>}
      {b12Spread && <li data-testid="b12-spread">Vitamin B12: {b12SpreadSentence(b12Spread)}</li>}
    </ul>
  );
}
