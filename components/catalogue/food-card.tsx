import Link from "next/link";
import type { FoodSummary } from "@/lib/nutrition/catalogue-view";
import { foodGroupLabel } from "@/lib/nutrition/food-groups";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { NutrientAmount, NutrientBadges, NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { YoursBadge } from "@/components/own/own-badges";

export function FoodCard({ summary, per }: { summary: FoodSummary; per: "100g" | "portion" }) {
  const { food, portion, perPortion, badges } = summary;
  return (
    <Card className="flex h-full flex-col gap-3" data-testid="food-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">
          <Link href={`/foods/${food.id}`} className="hover:underline">
            {food.name}
          </Link>{" "}
          <YoursBadge owned={Boolean(food.ownerId)} />
        </h2>
        <span className="text-xs text-muted-foreground">
          {foodGroupLabel(food.foodGroup)}
          {food.fortified ? " · fortified" : ""}
        </span>
      </div>
      <p className="text-xs text-muted-foreground">
        {per === "portion" ? `Per ${portion.description} (${portion.grams} g)` : "Per 100 g"}
      </p>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {TARGET_NUTRIENTS.map((nutrient) => (
          <div key={nutrient}>
            <dt className="text-xs font-medium">
              <NutrientLabel nutrient={nutrient} />
            </dt>
            <dd>
              <NutrientAmount
                nutrient={nutrient}
                amount={per === "portion" ? perPortion[nutrient] : food.per100g[nutrient]}
              />
            </dd>
          </div>
        ))}
      </dl>
      <NutrientBadges badges={badges} />
      {food.uncertainReason && (
        <p className="text-xs text-muted-foreground">Diet not verified: {food.uncertainReason}.</p>
      )}
    </Card>
  );
}
