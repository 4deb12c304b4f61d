// Diet and allergen rules. Pure: no framework or database imports.
import {
  ALLERGENS,
  DIET_FACTS,
  DIETS,
  type Allergen,
  type Diet,
  type DietFact,
  type DietFacts,
  type Food,
  type Recipe,
} from "@/lib/nutrition/types";

/** What each diet excludes. Each diet excludes a superset of what the next one excludes. */
export const DIET_EXCLUSIONS: Readonly<Record<Diet, readonly (keyof DietFacts)[]>> = Object.freeze({
  vegan: DIET_FACTS,
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

/** What a food may contain: its known facts, and the ones it is not verified free of. */
export function possibleDietFacts(food: Pick<Food, "diet" | "dietUncertain">): DietFacts {
  const out: DietFacts = { ...food.diet };
  for (const fact of food.dietUncertain) out[fact] = true;
  return out;
}

/** The diets a food certainly fits (an uncertain burger: only "omnivore"). */
export function certainDiets(food: Pick<Food, "diet" | "dietUncertain">): Diet[] {
  return dietsAllowing(possibleDietFacts(food));
}

/**
 * What a recipe may contain, as the planner must treat it: a fact is true when an ingredient contains it
 * or is not verified free of it. So a diet is offered a recipe only when every ingredient certainly fits.
 */
export function recipeDietFacts(recipe: Recipe): DietFacts {
  return combineDietFacts(recipe.ingredients.map((i) => possibleDietFacts(i.food)));
}

/** The diets a recipe certainly fits. */
export function recipeDiets(recipe: Recipe): Diet[] {
  return dietsAllowing(recipeDietFacts(recipe));
}

export interface DietCertainty {
  /** Facts the recipe may have that no ingredient is known to have. */
  uncertain: DietFact[];
  /** "Dark chocolate, 70-85% cacao: ..." for each ingredient that is not verified. */
  reasons: string[];
}

/** Which of a recipe's diet facts are unverified, and which ingredients make them so. */
export function recipeDietCertainty(recipe: Recipe): DietCertainty {
  const known = combineDietFacts(recipe.ingredients.map((i) => i.food.diet));
  const possible = recipeDietFacts(recipe);
  const reasons = recipe.ingredients
    .filter((i) => i.food.dietUncertain.some((fact) => !known[fact]))
    .map((i) => `${i.food.name}: ${i.food.uncertainReason ?? "not verified"}`);
  return {
    uncertain: DIET_FACTS.filter((fact) => possible[fact] && !known[fact]),
    reasons: [...new Set(reasons)],
  };
}

/** Union of the ingredients' allergens, without duplicates, sorted alphabetically. */
export function recipeAllergens(recipe: Recipe): Allergen[] {
  const set = new Set<Allergen>();
  for (const i of recipe.ingredients) for (const a of i.food.allergens) set.add(a);
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Allergens some ingredient may contain and none is known to contain, in ALLERGENS order. */
export function recipeMayContain(recipe: Recipe): Allergen[] {
  const known = new Set(recipeAllergens(recipe));
  const likely = new Set(recipe.ingredients.flatMap((i) => i.food.mayContain));
  return ALLERGENS.filter((a) => likely.has(a) && !known.has(a));
}

/** Whether a person allergic to `allergens` must not be offered this (it contains or may contain one). */
export function touchesAllergens(
  item: { allergens: readonly Allergen[]; mayContain: readonly Allergen[] },
  allergens: ReadonlySet<Allergen>,
): boolean {
  return item.allergens.some((a) => allergens.has(a)) || item.mayContain.some((a) => allergens.has(a));
}
