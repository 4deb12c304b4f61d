import type { RecipeSummary } from "@/lib/nutrition/catalogue-view";
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

function allergenList(allergens: readonly Allergen[]): string {
  return allergens.map((a) => ALLERGEN_LABEL[a]).join(", ");
}

/**
 * The diets an item certainly fits (the strictest says it all; listed for clarity anyway), what it
 * contains and may contain, and, when its diet facts are not verified, why: such an item is shown only to
 * the diets it cannot break (docs/NUTRITION.md, "Certain or not offered").
 */
export function DietBadges({
  diets,
  allergens,
  mayContain = [],
  notVerified = [],
}: {
  diets: Diet[];
  allergens: Allergen[];
  mayContain?: readonly Allergen[];
  /** Why the diet facts are not verified (one line per reason); empty when they are. */
  notVerified?: readonly string[];
}) {
  return (
    <div className="space-y-1 text-xs">
      <div className="flex flex-wrap items-center gap-1">
        <span className="sr-only">Suits:</span>
        {diets
          .filter((diet) => diet !== "omnivore")
          .map((diet) => (
            <Badge key={diet}>{DIET_LABEL[diet]}</Badge>
          ))}
        {notVerified.length > 0 && <Badge className="bg-background">Diet not verified</Badge>}
        {allergens.length > 0 && (
          <span className="text-muted-foreground">Contains: {allergenList(allergens)}</span>
        )}
        {mayContain.length > 0 && (
          <span className="text-muted-foreground">May contain: {allergenList(mayContain)}</span>
        )}
      </div>
      {notVerified.length > 0 && (
        <p className="text-muted-foreground" data-testid="diet-not-verified">
          Not verified for stricter diets: {notVerified.join("; ")}.
        </p>
      )}
    </div>
  );
}

/** A recipe's diets and allergens as its summary (summarizeRecipe) states them. */
export function RecipeDietBadges({
  summary,
}: {
  summary: Pick<RecipeSummary, "diets" | "allergens" | "mayContain" | "dietCertainty">;
}) {
  const { diets, allergens, mayContain, dietCertainty } = summary;
  return (
    <DietBadges
      diets={diets}
      allergens={allergens}
      mayContain={mayContain}
      notVerified={dietCertainty.reasons}
    />
  );
}
