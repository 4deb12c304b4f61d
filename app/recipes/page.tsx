import type { Metadata } from "next";
import { FilterForm } from "@/components/catalogue/filter-form";
import { Pagination } from "@/components/catalogue/pagination";
import { ResultCount } from "@/components/catalogue/result-count";
import { QueryErrors } from "@/components/catalogue/query-errors";
import { RecipeCard } from "@/components/catalogue/recipe-card";
import { RDA_BASIS_NOTE } from "@/components/nutrient";
import { Label, NativeSelect, Options } from "@/components/ui/input";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { fieldErrors, searchParamsToObject, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { currentUser } from "@/lib/auth/server";
import { AddOwnLink } from "@/components/own/own-badges";

export const metadata: Metadata = { title: "Recipes" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RecipesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = searchParamsToObject(await searchParams);
  const parsed = ZRecipeListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : ZRecipeListQuerySchema.parse({});
  const user = await currentUser();
  const { total, items } = await listRecipes({ ...query, viewerId: user?.id ?? null });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Recipes</h1>
        <p className="text-sm text-muted-foreground">
          Nutrients per serving, computed from the ingredients. {RDA_BASIS_NOTE}
        </p>
        <AddOwnLink signedIn={user !== null} href="/recipes/new" label="Write a recipe of your own" />
      </div>
      <FilterForm action="/recipes" values={query} searchLabel="Search recipes">
        <div className="space-y-1">
          <Label htmlFor="mealType">Meal</Label>
          <NativeSelect id="mealType" name="mealType" defaultValue={query.mealType ?? ""}>
            <option value="">Any meal</option>
            <Options values={MEAL_TYPES} />
          </NativeSelect>
        </div>
      </FilterForm>
      {!parsed.success && <QueryErrors errors={fieldErrors(parsed.error)} />}
      <ResultCount total={total} q={query.q} singular="recipe" plural="recipes" clearHref="/recipes" />
      <ul className="grid gap-3 md:grid-cols-2">
        {items.map((summary) => (
          <li key={summary.recipe.id}>
            <RecipeCard summary={summary} />
          </li>
        ))}
      </ul>
      <Pagination
        basePath="/recipes"
        params={params}
        total={total}
        limit={query.limit}
        offset={query.offset}
      />
    </div>
  );
}
