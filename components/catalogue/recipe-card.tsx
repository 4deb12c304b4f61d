import type { RecipeSummary } from "@/lib/nutrition/catalogue-view";
import { formatAmount } from "@/lib/nutrition/units";
import { CatalogueCard } from "@/components/catalogue/catalogue-card";
import { YoursBadge } from "@/components/own/own-badges";
import { RecipeDietBadges } from "@/components/catalogue/diet-badges";

export function RecipeCard({ summary }: { summary: RecipeSummary }) {
  const { recipe, perServing, badges } = summary;
  return (
    <CatalogueCard
      testId="recipe-card"
      href={`/recipes/${recipe.id}`}
      name={recipe.name}
      nameBadge={<YoursBadge owned={Boolean(recipe.ownerId)} />}
      meta={`${recipe.mealTypes.join(", ")} · ${formatAmount("energyKcal", perServing.energyKcal.amount)} per serving`}
      amountOf={(nutrient) => perServing[nutrient]}
      badges={badges}
    >
      <RecipeDietBadges summary={summary} />
    </CatalogueCard>
  );
}
