import type { Metadata } from "next";
import { cache } from "react";
import { PageHeader } from "@/components/page-header";
import { notFound } from "next/navigation";
import { ALLERGEN_LABEL, DietBadges } from "@/components/catalogue/diet-badges";
import { NutrientPanel } from "@/components/catalogue/nutrient-panel";
import { NutrientBadges, RDA_BASIS_NOTE } from "@/components/nutrient";
import { foodGroupLabel } from "@/lib/nutrition/food-groups";
import { exactTotals, scaleNutrients } from "@/lib/nutrition/recipe-nutrition";
import { orNotFound } from "@/app/_lib/page-data";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getFood } from "@/lib/services/catalogue/get-food";
import { currentUser } from "@/lib/auth/server";
import { OwnFoodActions } from "@/components/own/own-badges";

type Props = { params: Promise<{ id: string }> };

// One load per request: generateMetadata and the page share it.
const loadFood = cache(async (params: Props["params"]) => {
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return orNotFound(getFood({ id: parsed.data.id, viewerId: (await currentUser())?.id ?? null }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadFood(params)).food.name };
}

export default async function FoodPage({ params }: Props) {
  const { food, diets, badges } = await loadFood(params);
  const columns = [
    { heading: "Per 100 g", totals: exactTotals(food.per100g) },
    ...food.portions.map((portion) => ({
      heading: `${portion.description} (${portion.grams} g)`,
      totals: exactTotals(scaleNutrients(food.per100g, portion.grams)),
    })),
  ];
  return (
    <article className="space-y-6">
      <PageHeader
        back={{ href: "/foods", label: "All foods" }}
        title={food.name}
        intro={
          <>
            {foodGroupLabel(food.foodGroup)}
            {food.fortified ? " · fortified (vitamin B12 or D added)" : ""}
            {food.ndbNo ? ` · USDA SR28 NDB No. ${food.ndbNo}` : ""}
          </>
        }
      >
        <DietBadges
          diets={diets}
          allergens={food.allergens}
          mayContain={food.mayContain}
          notVerified={food.uncertainReason ? [food.uncertainReason] : []}
        />
        <NutrientBadges badges={badges} />
        <OwnFoodActions food={food} />
      </PageHeader>
      <NutrientPanel caption="Nutrients" columns={columns} />
      <p className="text-xs text-muted-foreground">
        {RDA_BASIS_NOTE} “not measured” means USDA has no figure for this food; it is not zero.
      </p>
      {food.allergens.length > 0 && (
        <p className="text-sm">Allergens: {food.allergens.map((a) => ALLERGEN_LABEL[a]).join(", ")}</p>
      )}
      {food.mayContain.length > 0 && (
        <p className="text-sm">May contain: {food.mayContain.map((a) => ALLERGEN_LABEL[a]).join(", ")}</p>
      )}
    </article>
  );
}
