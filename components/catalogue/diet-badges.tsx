import type { Allergen, Diet } from "@/lib/nutrition/types";
import { Badge } from "@/components/ui/badge";

const DIET_LABEL: Record<Diet, string> = {
  vegan: "Vegan",
  vegetarian: "Vegetarian",
  pescatarian: "Pescatarian",
  omnivore: "Omnivore",
};

export const ALLERGEN_LABEL: Record<Allergen, string> = {
  milk: "Milk",
  egg: "Egg",
  fish: "Fish",
  shellfish: "Shellfish",
  tree_nuts: "Tree nuts",
  peanuts: "Peanuts",
  wheat_gluten: "Wheat/gluten",
  soy: "Soy",
  sesame: "Sesame",
};

/** The strictest diet says it all (a vegan dish suits every diet); list them for clarity anyway. */
export function DietBadges({ diets, allergens }: { diets: Diet[]; allergens: Allergen[] }) {
  return (
    <div className="flex flex-wrap items-center gap-1 text-xs">
      <span className="sr-only">Suits:</span>
      {diets
        .filter((diet) => diet !== "omnivore")
        .map((diet) => (
          <Badge key={diet}>{DIET_LABEL[diet]}</Badge>
        ))}
      {allergens.length > 0 && (
        <span className="text-muted-foreground">
          Contains: {allergens.map((a) => ALLERGEN_LABEL[a]).join(", ")}
        </span>
      )}
    </div>
  );
}
