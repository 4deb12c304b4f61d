import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecipeDietBadges } from "@/components/catalogue/diet-badges";
import { NutrientPanel } from "@/components/catalogue/nutrient-panel";
import { NutrientBadges, RDA_BASIS_NOTE } from "@/components/nutrient";
import { orNotFound } from "@/app/_lib/page-data";
import { currentUser } from "@/lib/auth/server";
import type { UnitSystem } from "@/lib/nutrition/profile";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { OwnRecipeActions } from "@/components/own/own-badges";
import { PageHeader } from "@/components/page-header";
import { RecipeRating } from "@/components/memory/meal-memory";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { getProfile } from "@/lib/services/profile/get-profile";
import { formatIngredientAmount } from "@/lib/shopping/household-units";

type Props = { params: Promise<{ id: string }> };

// One load per request: generateMetadata and the page share it.
const loadRecipe = cache(async (params: Props["params"]) => {
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return orNotFound(getRecipe({ id: parsed.data.id, viewerId: (await currentUser())?.id ?? null }));
});

/** The signed-in reader's units (profile setting; metric for visitors) and rating of this recipe. */
async function readerView(recipeId: number): Promise<{ units: UnitSystem; rating: RatingView }> {
  const user = await currentUser();
  if (!user) return { units: "metric", rating: undefined };
  const [profile, ratings] = await Promise.all([getProfile(user.id), listRatings(user.id)]);
  return {
    units: profile?.profile.units ?? "metric",
    rating: ratings.find((entry) => entry.recipeId === recipeId)?.rating ?? null,
  };
}
/** undefined: a visitor, who cannot rate. */
type RatingView = DishRatingValue | null | undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadRecipe(params)).recipe.name };
}

export default async function RecipePage({ params }: Props) {
  const summary = await loadRecipe(params);
  const { recipe, perServing, badges, fortifiedIngredients } = summary;
  const { units, rating } = await readerView(recipe.id);
  const lowerBound = Object.values(perServing).some((total) => total.lowerBound && total.amount !== null);
  return (
    <article className="space-y-6">
      <PageHeader back={{ href: "/recipes", label: "All recipes" }} title={recipe.name}>
        <OwnRecipeActions recipe={recipe} />
        {rating !== undefined && (
          <RecipeRating recipeId={recipe.id} recipeName={recipe.name} rating={rating} />
        )}
        {recipe.description && <p>{recipe.description}</p>}
        <p className="text-sm text-muted-foreground">
          {recipe.mealTypes.join(", ")} · {recipe.servings} {recipe.servings === 1 ? "serving" : "servings"}
        </p>
        <RecipeDietBadges summary={summary} />
        <NutrientBadges badges={badges} />
        {fortifiedIngredients.length > 0 && (
          <p className="text-sm">
            Fortified ingredients (vitamin B12 or D added): {fortifiedIngredients.join(", ")}.
          </p>
        )}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="space-y-4">
          <h2 className="text-lg font-semibold">Ingredients</h2>
          <ul className="space-y-1">
            {recipe.ingredients.map(({ food, grams }, index) => (
              <li key={index} className="flex justify-between gap-4 border-b border-border/60 py-1">
                <Link href={`/foods/${food.id}`} className="hover:underline">
                  {food.name}
                </Link>
                <span
                  className="text-right tabular-nums text-muted-foreground"
                  data-testid="ingredient-amount"
                >
                  {formatIngredientAmount(grams, food.portions, units)}
                </span>
              </li>
            ))}
          </ul>
          <h2 className="text-lg font-semibold">Steps</h2>
          <ol className="list-decimal space-y-1 pl-5">
            {recipe.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </section>
        <section className="space-y-2">
          <NutrientPanel
            caption="Nutrients per serving"
            columns={[{ heading: "Per serving", totals: perServing }]}
          />
          <p className="text-xs text-muted-foreground">
            {lowerBound && "“≥” marks a lower bound: an ingredient has no USDA figure for that nutrient. "}
            {RDA_BASIS_NOTE}
          </p>
        </section>
      </div>
    </article>
  );
}
