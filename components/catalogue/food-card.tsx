import type { FoodSummary } from "@/lib/nutrition/catalogue-view";
import { foodGroupLabel } from "@/lib/nutrition/food-groups";
import { CatalogueCard } from "@/components/catalogue/catalogue-card";
import { YoursBadge } from "@/components/own/own-badges";

export function FoodCard({ summary, per }: { summary: FoodSummary; per: "100g" | "portion" }) {
  const { food, portion, perPortion, badges } = summary;
  return (
    <CatalogueCard
      testId="food-card"
      href={`/foods/${food.id}`}
      name={food.name}
      nameBadge={<YoursBadge owned={Boolean(food.ownerId)} />}
      meta={`${foodGroupLabel(food.foodGroup)}${food.fortified ? " · fortified" : ""}`}
      amountOf={(nutrient) => ({
        amount: per === "portion" ? perPortion[nutrient] : food.per100g[nutrient],
      })}
      badges={badges}
      footer={
        food.uncertainReason && (
          <p className="text-xs text-muted-foreground">Diet not verified: {food.uncertainReason}.</p>
        )
      }
    >
      <p className="text-xs text-muted-foreground">
        {per === "portion" ? `Per ${portion.description} (${portion.grams} g)` : "Per 100 g"}
      </p>
    </CatalogueCard>
  );
}
