import type { Warning } from "@/lib/nutrition/warnings";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import { weekWarnings } from "@/lib/planner/week-warnings";
import { WarningItem } from "@/components/warning-item";
import { PageSection } from "@/components/page-section";

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
    <PageSection id="plan-warnings" title="What to know about this week">
      <ul className="space-y-2">
        {all.map((warning) => (
          <WarningItem key={warning.code} warning={warning} />
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Symptoms that persist or get worse need a doctor, who can test your magnesium, calcium and B12 levels.
      </p>
    </PageSection>
  );
}
