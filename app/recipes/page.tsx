import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/catalogue/filter-form";
import { Pagination } from "@/components/catalogue/pagination";
import { ResultCount } from "@/components/catalogue/result-count";
import { QueryErrors } from "@/components/catalogue/query-errors";
import { RecipeCard } from "@/components/catalogue/recipe-card";
import { RDA_BASIS_NOTE } from "@/components/nutrient";
import { Options } from "@/components/ui/input";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { listQuery, type SearchParams } from "@/app/_lib/list-query";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { AddOwnLink } from "@/components/own/own-badges";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Recipes" };

export default async function RecipesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, query, errors, signedIn, viewerId } = await listQuery(ZRecipeListQuerySchema, searchParams);
  const { total, items } = await listRecipes({ ...query, viewerId });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Recipes"
        intro={`Nutrients per serving, computed from the ingredients. ${RDA_BASIS_NOTE}`}
      >
        <AddOwnLink signedIn={signedIn} href="/recipes/new" label="Write a recipe of your own" />
      </PageHeader>
      <FilterForm action="/recipes" values={query} searchLabel="Search recipes">
        <FilterSelect name="mealType" label="Meal" value={query.mealType}>
          <option value="">Any meal</option>
          <Options values={MEAL_TYPES} />
        </FilterSelect>
      </FilterForm>
      {errors && <QueryErrors errors={errors} />}
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
