import type { Metadata } from "next";
import { PantryForm } from "@/components/shopping/pantry-form";
import { Input, Label } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/server";
import { ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { listPantry } from "@/lib/services/shopping/pantry";
import { describePantryAmount, pantryFormValue, pantryUnitOptions } from "@/lib/shopping/pantry-units";
import { setPantryAction } from "@/app/pantry/actions";
import { PageSection } from "@/components/page-section";

export const metadata: Metadata = { title: "Pantry" };

export default async function PantryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireUser("/pantry");
  const q = ((await searchParams).q ?? "").trim().slice(0, 100);
  const [pantry, matches] = await Promise.all([
    listPantry(user.id),
    q ? listFoods(ZFoodListQuerySchema.parse({ q, limit: 10 })) : Promise.resolve(null),
  ]);
  const { units } = pantry;
  const inPantry = new Set(pantry.items.map((item) => item.foodId));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Pantry</h1>
        <p className="text-sm text-muted-foreground">
          What you have at home, in the units you buy it in (3 eggs, 1 bag of oats). Shopping lists take it
          off, partial amounts too: half a bag of oats at home leaves the rest to buy.
        </p>
      </header>
      <PageSection id="at-home" title="At home">
        {pantry.items.length === 0 ? (
          <p className="text-sm">Nothing yet: search for a food below to add it.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {pantry.items.map((item) => (
              <li key={item.foodId} className="p-3" data-testid="pantry-item">
                <PantryForm
                  action={setPantryAction}
                  foodId={item.foodId}
                  name={item.name}
                  amount={pantryFormValue(item.grams, item, units)}
                  units={pantryUnitOptions(item, units)}
                  detail={describePantryAmount(item.grams, item, units)}
                  submitLabel="Update"
                />
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection id="add" title="Add a food" className="space-y-3">
        <form method="get" role="search" className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1 space-y-1">
            <Label htmlFor="pantry-q">Search foods</Label>
            <Input id="pantry-q" name="q" type="search" defaultValue={q} placeholder="e.g. oats" />
          </div>
          <Button type="submit">Search</Button>
        </form>
        {matches && matches.items.length === 0 && <p className="text-sm">No foods match “{q}”.</p>}
        {matches && matches.items.length > 0 && (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {matches.items
              .filter((summary) => !inPantry.has(summary.food.id))
              .map((summary) => (
                <li key={summary.food.id} className="p-3">
                  <PantryForm
                    action={setPantryAction}
                    foodId={summary.food.id}
                    name={summary.food.name}
                    amount={null}
                    units={pantryUnitOptions(summary.food, units)}
                    submitLabel="Add"
                  />
                </li>
              ))}
          </ul>
        )}
      </PageSection>
    </div>
  );
}
