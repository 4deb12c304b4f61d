import Link from "next/link";
import type { ReactNode } from "react";
import type { NutrientBadge } from "@/lib/nutrition/badges";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { NutrientAmount, NutrientBadges, NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";

export interface CardAmount {
  amount: number | null;
  lowerBound?: boolean;
}

/** A food or recipe in a catalogue list: linked name, a grey line beside it, the four nutrients, badges. */
export function CatalogueCard({
  testId,
  href,
  name,
  nameBadge,
  meta,
  amountOf,
  badges,
  children,
  footer,
}: {
  testId: string;
  href: string;
  name: string;
  /** Beside the name (say "yours"). */
  nameBadge?: ReactNode;
  meta: ReactNode;
  amountOf: (nutrient: TargetNutrient) => CardAmount;
  badges: NutrientBadge[];
  /** Between the heading and the nutrients. */
  children?: ReactNode;
  /** Below the badges. */
  footer?: ReactNode;
}) {
  return (
    <Card className="flex h-full flex-col gap-3" data-testid={testId}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">
          <Link href={href} className="hover:underline">
            {name}
          </Link>{" "}
          {nameBadge}
        </h2>
        <span className="text-xs text-muted-foreground">{meta}</span>
      </div>
      {children}
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {TARGET_NUTRIENTS.map((nutrient) => (
          <div key={nutrient}>
            <dt className="text-xs font-medium">
              <NutrientLabel nutrient={nutrient} />
            </dt>
            <dd>
              <NutrientAmount nutrient={nutrient} {...amountOf(nutrient)} />
            </dd>
          </div>
        ))}
      </dl>
      <NutrientBadges badges={badges} />
      {footer}
    </Card>
  );
}
