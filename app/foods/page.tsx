import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/catalogue/filter-form";
import { FoodCard } from "@/components/catalogue/food-card";
import { Pagination } from "@/components/catalogue/pagination";
import { ResultCount } from "@/components/catalogue/result-count";
import { QueryErrors } from "@/components/catalogue/query-errors";
import { RDA_BASIS_NOTE } from "@/components/nutrient";
import { Options } from "@/components/ui/input";
import { FOOD_GROUPS, foodGroupLabel } from "@/lib/nutrition/food-groups";
import { ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { listQuery, type SearchParams } from "@/app/_lib/list-query";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { AddOwnLink } from "@/components/own/own-badges";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Foods" };

export default async function FoodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, query, errors, signedIn, viewerId } = await listQuery(ZFoodListQuerySchema, searchParams);
  const { total, items } = await listFoods({ ...query, viewerId });
  return (
    <div className="space-y-6">
      <PageHeader title="Foods" intro={RDA_BASIS_NOTE}>
        <AddOwnLink signedIn={signedIn} href="/foods/new" label="Add a food from its nutrition label" />
      </PageHeader>
      <FilterForm
        action="/foods"
        values={query}
        searchLabel="Search foods"
        nameSortLabel="Best match, then name"
      >
        <FilterSelect name="group" label="Food group" value={query.group}>
          <option value="">All groups</option>
          <Options values={FOOD_GROUPS.map((group) => group.slug)} label={foodGroupLabel} />
        </FilterSelect>
        <FilterSelect name="per" label="Amounts per" value={query.per}>
          <option value="100g">100 g</option>
          <option value="portion">Household portion</option>
        </FilterSelect>
      </FilterForm>
      {errors && <QueryErrors errors={errors} />}
      <ResultCount total={total} q={query.q} singular="food" plural="foods" clearHref="/foods" />
      <ul className="grid gap-3 md:grid-cols-2">
        {items.map((summary) => (
          <li key={summary.food.id}>
            <FoodCard summary={summary} per={query.per} />
          </li>
        ))}
      </ul>
      <Pagination basePath="/foods" params={params} total={total} limit={query.limit} offset={query.offset} />
    </div>
  );
}
