import Link from "next/link";
import type { RecipeSummary } from "@/lib/nutrition/catalogue-view";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount } from "@/lib/nutrition/units";
import { NutrientAmount, NutrientBadges, NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { DietBadges } from "@/components/catalogue/diet-badges";
import { YoursBadge } from "@/components/own/own-badges";

export function RecipeCard({ summary }: { summary: RecipeSummary }) {
  const { recipe, diets, dietCertainty, allergens, mayContain, perServing, badges } = summary;
  return (
    <Card className="flex h-full flex-col gap-3" data-testid="recipe-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">
          <Link href={`/recipes/${recipe.id}`} className="hover:underline">
            {recipe.name}
          </Link>{" "}
          <YoursBadge owned={Boolean(recipe.ownerId)} />
        </h2>
        <span className="text-xs text-muted-foreground">
          {recipe.mealTypes.join(", ")} · {formatAmount("energyKcal", perServing.energyKcal.amount)} per
          serving
        </span>
      </div>
      <DietBadges
        diets={diets}
        allergens={allergens}
        mayContain={mayContain}
        notVerified={dietCertainty.reasons}
      />
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {TARGET_NUTRIENTS.map((nutrient) => (
          <div key={nutrient}>
            <dt className="text-xs font-medium">
              <NutrientLabel nutrient={nutrient} />
            </dt>
            <dd>
              <NutrientAmount
                nutrient={nutrient}
                amount={perServing[nutrient].amount}
                lowerBound={perServing[nutrient].lowerBound}
              />
            </dd>
          </div>
        ))}
      </dl>
      <NutrientBadges badges={badges} />
    </Card>
  );
}
