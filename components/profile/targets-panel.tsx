import type { PersonalTargets } from "@/lib/nutrition/energy";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount } from "@/lib/nutrition/units";
import type { Warning } from "@/lib/nutrition/warnings";
import { NutrientLabel } from "@/components/nutrient";
import { WarningItem } from "@/components/warning-item";
import { Card } from "@/components/ui/card";

export function TargetsPanel({ targets }: { targets: PersonalTargets }) {
  return (
    <Card className="space-y-3" data-testid="targets">
      <h2 className="text-lg font-semibold">Your daily targets</h2>
      <p className="text-sm text-muted-foreground">
        For {targets.group} (NIH Office of Dietary Supplements); {targets.ageWhy}.
      </p>
      <dl className="grid gap-3 sm:grid-cols-2">
        {TARGET_NUTRIENTS.map((nutrient) => {
          const intake = targets.intakes[nutrient];
          return (
            <div key={nutrient} data-nutrient={nutrient}>
              <dt className="text-sm font-medium">
                <NutrientLabel nutrient={nutrient} />
              </dt>
              <dd className="text-lg tabular-nums">{formatAmount(nutrient, intake.rda)}</dd>
              <dd className="text-xs text-muted-foreground">{intake.why}</dd>
              <dd className="text-xs text-muted-foreground">{intake.ulNote}</dd>
            </div>
          );
        })}
        <div data-nutrient="energyKcal">
          <dt className="text-sm font-medium">Energy</dt>
          <dd className="text-lg tabular-nums">{formatAmount("energyKcal", targets.energy.kcal)}</dd>
          <dd className="text-xs text-muted-foreground">{targets.energy.why}</dd>
        </div>
      </dl>
    </Card>
  );
}

export function WarningsList({ warnings }: { warnings: Warning[] }) {
  if (!warnings.length) return null;
  return (
    <section className="space-y-2" aria-labelledby="tips">
      <h2 id="tips" className="text-lg font-semibold">
        Things to know
      </h2>
      <ul className="space-y-2">
        {warnings.map((warning) => (
          <WarningItem key={warning.code} warning={warning}>
            <p className="mt-1 text-xs text-muted-foreground">
              Why: {warning.reasons.join(", ")}. Source:{" "}
              {warning.source.url ? (
                <a className="underline" href={warning.source.url}>
                  {warning.source.name}
                </a>
              ) : (
                warning.source.name
              )}
            </p>
          </WarningItem>
        ))}
      </ul>
    </section>
  );
}
