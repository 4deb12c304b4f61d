// Diet and allergen rules. Pure: no framework or database imports.
import { DIETS, type Allergen, type Diet, type DietFacts, type Recipe } from "@/lib/nutrition/types";

/** What each diet excludes. Each diet excludes a superset of what the next one excludes. */
export const DIET_EXCLUSIONS: Readonly<Record<Diet, readonly (keyof DietFacts)[]>> = Object.freeze({
  vegan: [
    "containsMeat",
    "containsFish",
    "containsShellfish",
    "containsDairy",
    "containsEgg",
    "containsHoney",
  ],
  vegetarian: ["containsMeat", "containsFish", "containsShellfish"],
  pescatarian: ["containsMeat"],
  omnivore: [],
});

/** Facts of something that contains no animal product at all. */
export const PLANT_ONLY_FACTS: Readonly<DietFacts> = Object.freeze({
  containsMeat: false,
  containsFish: false,
  containsShellfish: false,
  containsDairy: false,
  containsEgg: false,
  containsHoney: false,
});

/** Whether something with these facts may be eaten on `diet`. */
export function isAllowedFor(diet: Diet, facts: DietFacts): boolean {
  return DIET_EXCLUSIONS[diet].every((fact) => !facts[fact]);
}

/** Every diet that allows these facts, from most to least restrictive (always ends with "omnivore"). */
export function dietsAllowing(facts: DietFacts): Diet[] {
  return DIETS.filter((diet) => isAllowedFor(diet, facts));
}

/** The most restrictive diet these facts fit (the first of DIETS; "omnivore" at worst). */
export function strictestDiet(facts: DietFacts): Diet {
  return DIETS.find((diet) => isAllowedFor(diet, facts)) ?? "omnivore";
}

/** Facts of a mix: each fact is true when any part has it. An empty list is plant-only. */
export function combineDietFacts(list: readonly DietFacts[]): DietFacts {
  const out: DietFacts = { ...PLANT_ONLY_FACTS };
  for (const facts of list) {
    out.containsMeat ||= facts.containsMeat;
    out.containsFish ||= facts.containsFish;
    out.containsShellfish ||= facts.containsShellfish;
    out.containsDairy ||= facts.containsDairy;
    out.containsEgg ||= facts.containsEgg;
    out.containsHoney ||= facts.containsHoney;
  }
  return out;
}

export function recipeDietFacts(recipe: Recipe): DietFacts {
  return combineDietFacts(recipe.ingredients.map((i) => i.food.diet));
}

export function recipeDiets(recipe: Recipe): Diet[] {
  return dietsAllowing(recipeDietFacts(recipe));
}

/** Union of the ingredients' allergens, without duplicates, sorted alphabetically. */
export function recipeAllergens(recipe: Recipe): Allergen[] {
  const set = new Set<Allergen>();
  for (const i of recipe.ingredients) for (const a of i.food.allergens) set.add(a);
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
