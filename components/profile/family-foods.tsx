import { FOOD_FAMILY_IDS, foodFamily, type FoodFamilyId } from "@/lib/nutrition/food-families";

/** Names shown per family before "and N more". */
const SHOWN = 8;

/** What each ingredient family covers in this catalogue, folded away under the family checkboxes. */
export function FamilyFoods({ foods }: { foods: Readonly<Record<FoodFamilyId, readonly string[]>> }) {
  return (
    <details className="rounded-md border border-border p-3 text-sm" data-testid="family-foods">
      <summary className="cursor-pointer font-medium">What each ingredient family covers</summary>
      <dl className="mt-2 space-y-2">
        {FOOD_FAMILY_IDS.map((id) => {
          const names = foods[id];
          const more = names.length - SHOWN;
          return (
            <div key={id} data-family={id}>
              <dt className="font-medium">{foodFamily(id).label}</dt>
              <dd className="text-muted-foreground">
                {names.length === 0
                  ? "No food of today's dishes."
                  : `${names.slice(0, SHOWN).join("; ")}${more > 0 ? `; and ${more} more` : ""}.`}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
