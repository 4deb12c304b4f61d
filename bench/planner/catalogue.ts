// Scaled catalogues for the planner benchmark, built from the seed's real SR28 foods and recipes.
//
// Foods: the seed foods, then variants of them (each nutrient ×0.85-1.15, same group, diet facts,
// allergens and fortification) up to `foods`. Dishes: the seed recipes, then perturbed recipes up
// to `dishes`: a base recipe whose ingredients are, each with some chance, swapped for a variant of
// the same food or another food of the same group and diet, their grams scaled ×0.8-1.25, and
// sometimes an ingredient of another recipe of the same meal type added. Seeded: same input, same
// catalogue.
import { dishFromRecipe } from "@/lib/planner/dish";
import { createRng, randomInt, type Rng } from "@/lib/planner/random";
import type { Dish } from "@/lib/planner/types";
import { strictestDiet } from "@/lib/nutrition/diet";
import {
  NUTRIENT_KEYS,
  type Food,
  type Ingredient,
  type Nutrients,
  type Recipe,
} from "@/lib/nutrition/types";
import type { SeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

export interface ScaledCatalogue {
  foods: Food[];
  recipes: Recipe[];
  dishes: Dish[];
}

const pick = <T>(rng: Rng, list: readonly T[]): T => {
  const x = list[randomInt(rng, list.length)];
  if (x === undefined) throw new Error("pick from an empty list");
  return x;
};

const MICRONUTRIENTS = new Set(["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"]);

function perturb(per100g: Nutrients, rng: Rng, micro: readonly [number, number]): Nutrients {
  const out = { ...per100g };
  for (const k of NUTRIENT_KEYS) {
    const v = out[k];
    if (v === null) continue;
    const f = MICRONUTRIENTS.has(k) ? micro[0] + (micro[1] - micro[0]) * rng() : 0.85 + 0.3 * rng();
    out[k] = Math.round(v * f * 1000) / 1000;
  }
  return out;
}

export interface CatalogueOptions {
  foods: number;
  dishes: number;
  /**
   * "real": the seed recipes plus perturbed ones (nutrients ×0.85-1.15). "lean": a stress test where
   * every dish is perturbed and the four target micronutrients of every food variant are scaled
   * ×0.1-0.5, so that coverage targets bind and the solver has to work for them.
   */
  kind?: "real" | "lean";
}

export function buildCatalogue(seed: SeedCatalogue, size: CatalogueOptions, rngSeed = 42): ScaledCatalogue {
  const rng = createRng(rngSeed);
  const lean = size.kind === "lean";
  const micro: readonly [number, number] = lean ? [0.1, 0.5] : [0.85, 1.15];
  const foods: Food[] = seed.foods.map((f) => ({ ...f }));
  const variantsOf = new Map<number, Food[]>(foods.map((f) => [f.id, [f]]));
  for (let id = foods.length + 1; foods.length < size.foods; id++) {
    const base = pick(rng, seed.foods);
    const n = variantsOf.get(base.id)?.length ?? 1;
    const food: Food = {
      ...base,
      id,
      ndbNo: base.ndbNo,
      name: `${base.name} (variant ${n})`,
      per100g: perturb(base.per100g, rng, micro),
    };
    foods.push(food);
    variantsOf.get(base.id)?.push(food);
  }
  const sameKind = new Map<string, Food[]>();
  for (const f of foods) {
    const key = `${f.foodGroup}|${strictestDiet(f.diet)}`;
    const list = sameKind.get(key) ?? [];
    list.push(f);
    sameKind.set(key, list);
  }

  const recipes: Recipe[] = lean ? [] : seed.recipes.slice(0, size.dishes).map((r) => ({ ...r }));
  const variantOnly = (f: Food): Food[] => {
    const all = variantsOf.get(f.id) ?? [f];
    return all.length > 1 ? all.slice(1) : all;
  };
  for (let id = 1; recipes.length < size.dishes; id++) {
    const base = pick(rng, seed.recipes);
    const ingredients: Ingredient[] = base.ingredients.map((ing) => {
      let food = ing.food;
      const r = rng();
      if (lean) food = pick(rng, variantOnly(ing.food));
      else if (r < 0.35) food = pick(rng, variantsOf.get(ing.food.id) ?? [ing.food]);
      else if (r < 0.55)
        food = pick(rng, sameKind.get(`${ing.food.foodGroup}|${strictestDiet(ing.food.diet)}`) ?? [food]);
      return { food, grams: Math.round(ing.grams * (0.8 + 0.45 * rng())) };
    });
    if (rng() < 0.3) {
      const other = pick(
        rng,
        seed.recipes.filter((x) => x.mealTypes.some((m) => base.mealTypes.includes(m))),
      );
      const extra = pick(rng, other.ingredients);
      const extraFood = lean ? pick(rng, variantOnly(extra.food)) : extra.food;
      if (!ingredients.some((i) => i.food.id === extraFood.id)) {
        ingredients.push({
          food: extraFood,
          grams: Math.round(extra.grams / other.servings) * base.servings,
        });
      }
    }
    recipes.push({
      ...base,
      id: 100_000 + id,
      slug: `${base.slug}-${id}`,
      name: `${base.name} #${id}`,
      ingredients,
    });
  }
  return { foods, recipes, dishes: recipes.map(dishFromRecipe) };
}
