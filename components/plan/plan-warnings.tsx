import type { Warning } from "@/lib/nutrition/warnings";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import { weekWarnings } from "@/lib/planner/week-warnings";
import { WarningItem } from "@/components/warning-item";

export function PlanWarnings({
  planWarnings,
  profileWarnings,
}: {
  planWarnings: PlanWarning[];
  profileWarnings: Warning[];
}) {
  const all = weekWarnings(planWarnings, profileWarnings);
  if (!all.length) return null;
  return (
    <section aria-labelledby="plan-warnings" className="space-y-2">
      <h2 id="plan-warnings" className="text-lg font-semibold">
        What to know about this week
      </h2>
      <ul className="space-y-2">
        {all.map((warning) => (
          <WarningItem key={warning.code} warning={warning} />
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Symptoms that persist or get worse need a doctor, who can test your magnesium, calcium and B12 levels.
      </p>
    </section>
  );
}
