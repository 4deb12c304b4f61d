import type { Metadata } from "next";
import { FilterForm } from "@/components/catalogue/filter-form";
import { FoodCard } from "@/components/catalogue/food-card";
import { Pagination } from "@/components/catalogue/pagination";
import { ResultCount } from "@/components/catalogue/result-count";
import { QueryErrors } from "@/components/catalogue/query-errors";
import { RDA_BASIS_NOTE } from "@/components/nutrient";
import { Label, NativeSelect } from "@/components/ui/input";
import { FOOD_GROUPS } from "@/lib/nutrition/food-groups";
import { fieldErrors, searchParamsToObject, ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { currentUser } from "@/lib/auth/server";
import { AddOwnLink } from "@/components/own/own-badges";

type SearchParams = Record<string, string | string[] | undefined>;

export const metadata: Metadata = { title: "Foods" };

export default async function FoodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = searchParamsToObject(await searchParams);
  const parsed = ZFoodListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : ZFoodListQuerySchema.parse({});
  const user = await currentUser();
  const { total, items } = await listFoods({ ...query, viewerId: user?.id ?? null });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Foods</h1>
        <p className="text-sm text-muted-foreground">{RDA_BASIS_NOTE}</p>
        <AddOwnLink signedIn={user !== null} href="/foods/new" label="Add a food from its nutrition label" />
      </div>
      <FilterForm
        action="/foods"
        values={query}
        searchLabel="Search foods"
        nameSortLabel="Best match, then name"
      >
        <div className="space-y-1">
          <Label htmlFor="group">Food group</Label>
          <NativeSelect id="group" name="group" defaultValue={query.group ?? ""}>
            <option value="">All groups</option>
            {FOOD_GROUPS.map((group) => (
              <option key={group.slug} value={group.slug}>
                {group.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1">
          <Label htmlFor="per">Amounts per</Label>
          <NativeSelect id="per" name="per" defaultValue={query.per}>
            <option value="100g">100 g</option>
            <option value="portion">Household portion</option>
          </NativeSelect>
        </div>
      </FilterForm>
      {!parsed.success && <QueryErrors errors={fieldErrors(parsed.error)} />}
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
