// A week plan -> a shopping list of the things a shop sells: ingredient grams summed over every meal,
// portion and day, converted to the purchasable item each food is bought as (lib/shopping/purchasable-items),
// scaled by the household size, less what the pantry holds; one line per purchasable item, grouped by
// aisle in store order, in the units people buy (rounded up, the exact need kept beside it).
// Pure: no framework or database imports.
import type { UnitSystem } from "@/lib/nutrition/profile";
import { AISLES, type Aisle, type Food, type Recipe } from "@/lib/nutrition/types";
import type { PlanDay } from "@/lib/planner/types";
import { formatNeed, formatVolume, toBuyingQuantity, type BuyingQuantity } from "@/lib/shopping/buying-units";
import { householdToBuy } from "@/lib/shopping/household-units";
import { purchaseOf, type PurchasableItem } from "@/lib/shopping/purchasable-items";

export const AISLE_LABELS = Object.freeze({
  produce: "Produce",
  dairy_eggs: "Dairy and eggs",
  meat_fish: "Meat and fish",
  bakery_grains: "Bakery and grains",
  nuts_seeds: "Nuts and seeds",
  tins_jars: "Tins and jars",
  frozen: "Frozen",
  other: "Other",
} as const satisfies Record<Aisle, string>);

export interface PantryEntry {
  foodId: number;
  /** The food's SR28 number, so a pantry food not in the plan still finds its purchasable item. */
  ndbNo?: string | null;
  /** What is at home, in grams of this food; entries add up, negative amounts count as 0. */
  grams: number;
}

/** A side as the list needs it: one food, so many grams a portion. */
export interface ShoppingSide {
  food: Food;
  grams: number;
}

export interface ShoppingListInput {
  days: readonly PlanDay[];
  /** Recipe id (= PlannedMeal.dishId) -> recipe. `servings` is how many servings the recipe makes. */
  recipes: ReadonlyMap<number, Recipe>;
  /** Side id (= PlannedSide.sideId) -> its food and the grams of one household portion. */
  sides?: ReadonlyMap<number, ShoppingSide>;
  /** People eating every meal of the plan (a finite number > 0; need not be whole). */
  householdSize: number;
  pantry?: readonly PantryEntry[];
  /** Metric (default) or US units for quantities and weights. */
  units?: UnitSystem;
}

export interface ShoppingItem {
  /** One per line: "item:bananas" for a purchasable item, "food:123" for a food without one. */
  key: string;
  /** The purchasable item's id, null for a food without one (an imported food). */
  itemId: string | null;
  /**
   * The food that stands for the line (checks and "I have this" are saved against it): the member bought
   * as it is if the plan uses it, else the lowest id.
   */
  foodId: number;
  /** Every planned food folded into this line, ascending. */
  foodIds: number[];
  /** Grams of `foodId`'s food per gram of the line (1 / its yield factor): pantry entries use it. */
  gramsOfFoodPerGram: number;
  name: string;
  aisle: Aisle;
  /** What the plan needs, in grams of what is bought: Σ grams × portion / servings × factor × household. */
  neededGrams: number;
  /** Taken from the pantry: min(needed, pantry). */
  pantryGrams: number;
  /** To buy: max(0, needed − pantry). Exact (not rounded); `grams + pantryGrams === neededGrams`. */
  grams: number;
  /** Needed, but the pantry covers all of it (`grams === 0`). */
  inPantry: boolean;
  /** How many `unit`s to buy, rounded up (of the need when the pantry covers it). */
  quantity: number;
  unit: string;
  /** "5 bananas", "1 bag (500 g)", "2.5 L", "450 g". The food's name is not part of it. */
  display: string;
  /** The exact amount beside the rounded one: "need ~560 g", "need ~2.4 L". */
  need: string;
  /** Counted in a purchasable item's buying unit (false: household-portion fallback). */
  inBuyingUnits: boolean;
}

export interface AisleGroup<T extends { aisle: Aisle } = ShoppingItem> {
  aisle: Aisle;
  label: string;
  items: T[];
}

export interface ShoppingList {
  householdSize: number;
  units: UnitSystem;
  /** Sorted by aisle (AISLES store order), then name, then key. One item per purchasable item. */
  items: ShoppingItem[];
  /** The same items grouped: only aisles with items, in store order. */
  aisles: AisleGroup[];
  /** Planned dish ids with no recipe in `recipes` (their ingredients are not on the list). */
  missingRecipeIds: number[];
}

/** Below this many grams a difference is floating-point noise: "fully covered" by the pantry. */
const GRAMS_EPSILON = 1e-6;

/** One line being summed: its purchasable item (if any) and the planned foods with their factors. */
interface LineDraft {
  key: string;
  item: PurchasableItem | null;
  grams: number;
  foods: Map<number, { food: Food; factor: number }>;
}

function lineOf(food: Pick<Food, "id" | "ndbNo">): {
  key: string;
  item: PurchasableItem | null;
  factor: number;
} {
  const purchase = purchaseOf(food.ndbNo);
  return purchase
    ? { key: `item:${purchase.item.id}`, item: purchase.item, factor: purchase.form.factor }
    : { key: `food:${food.id}`, item: null, factor: 1 };
}

/** Grams of purchasable item (or unmapped food) per line for one person, and the dishes not found. */
function sumPlan(input: ShoppingListInput): { lines: Map<string, LineDraft>; missing: Set<number> } {
  const lines = new Map<string, LineDraft>();
  const missing = new Set<number>();
  for (const day of input.days) {
    for (const meal of day.meals) {
      if (!Number.isFinite(meal.portion) || meal.portion < 0) {
        throw new RangeError(`day ${day.day} ${meal.slot}: invalid portion ${meal.portion}`);
      }
      const recipe = input.recipes.get(meal.dishId);
      if (!recipe) {
        missing.add(meal.dishId);
        continue;
      }
      if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) {
        throw new RangeError(`recipe ${recipe.id}: invalid servings ${recipe.servings}`);
      }
      const scale = meal.portion / recipe.servings;
      for (const { food, grams } of recipe.ingredients) {
        if (!Number.isFinite(grams) || grams < 0) {
          throw new RangeError(`recipe ${recipe.id}: invalid grams ${grams} of food ${food.id}`);
        }
        addToLine(lines, food, grams * scale);
      }
    }
    for (const { food, grams } of sideFoods(day, input.sides)) addToLine(lines, food, grams);
  }
  return { lines, missing };
}

/** The foods the day's sides are, with the grams eaten (unknown sides are skipped). */
function sideFoods(day: PlanDay, sides: ShoppingListInput["sides"]): ShoppingSide[] {
  return day.meals.flatMap((meal) =>
    (meal.sides ?? []).flatMap(({ sideId, portion }) => {
      const side = sides?.get(sideId);
      if (!side || !Number.isFinite(portion) || portion < 0) return [];
      return [{ food: side.food, grams: side.grams * portion }];
    }),
  );
}

/** Adds grams of a planned food to its line (in grams of what is bought). */
function addToLine(lines: Map<string, LineDraft>, food: Food, grams: number): void {
  const { key, item, factor } = lineOf(food);
  const line = lines.get(key) ?? { key, item, grams: 0, foods: new Map() };
  line.grams += grams * factor;
  line.foods.set(food.id, { food, factor });
  lines.set(key, line);
}

/** Pantry grams per line, in grams of what is bought. */
function sumPantry(
  entries: readonly PantryEntry[],
  planned: ReadonlyMap<string, LineDraft>,
): Map<string, number> {
  const pantry = new Map<string, number>();
  for (const entry of entries) {
    const grams = Number.isFinite(entry.grams) ? Math.max(0, entry.grams) : 0;
    const ndbNo = entry.ndbNo !== undefined ? entry.ndbNo : plannedNdbNo(planned, entry.foodId);
    const { key, factor } = lineOf({ id: entry.foodId, ndbNo });
    pantry.set(key, (pantry.get(key) ?? 0) + grams * factor);
  }
  return pantry;
}

function plannedNdbNo(planned: ReadonlyMap<string, LineDraft>, foodId: number): string | null {
  for (const line of planned.values()) {
    const found = line.foods.get(foodId);
    if (found) return found.food.ndbNo;
  }
  return null;
}

/** The member that stands for a line: bought as it is (factor 1) first, then the lowest id. */
function representative(line: LineDraft): { food: Food; factor: number } {
  const members = [...line.foods.values()].sort(
    (a, b) => Number(a.factor !== 1) - Number(b.factor !== 1) || a.food.id - b.food.id,
  );
  const first = members[0];
  if (!first) throw new Error(`line ${line.key} has no food`);
  return first;
}

function quantityOf(line: LineDraft, grams: number, units: UnitSystem, food: Food): BuyingQuantity {
  return line.item
    ? toBuyingQuantity(grams, line.item.unit, units)
    : householdToBuy(grams, food.portions, units);
}

/** "need ~560 g"; liquids say their volume ("need ~2.4 L", "need ~20 fl oz"). */
function needOf(line: LineDraft, grams: number, units: UnitSystem): string {
  const unit = line.item?.unit;
  if (unit?.kind !== "volume") return formatNeed(grams, units);
  return `need ~${formatVolume(grams / unit.gramsPerMl, units)}`;
}

export function buildShoppingList(input: ShoppingListInput): ShoppingList {
  const { householdSize } = input;
  const units = input.units ?? "metric";
  if (!Number.isFinite(householdSize) || householdSize <= 0) {
    throw new RangeError(`householdSize must be a finite number > 0, got ${householdSize}`);
  }
  const { lines, missing } = sumPlan(input);
  const pantry = sumPantry(input.pantry ?? [], lines);

  const items: ShoppingItem[] = [];
  for (const line of lines.values()) {
    const neededGrams = line.grams * householdSize;
    if (!(neededGrams > 0)) continue;
    const { food, factor } = representative(line);
    const atHome = pantry.get(line.key) ?? 0;
    const covered = atHome >= neededGrams - GRAMS_EPSILON;
    const toBuy = covered ? 0 : neededGrams - atHome;
    const shown = covered ? neededGrams : toBuy;
    const quantity = quantityOf(line, shown, units, food);
    items.push({
      key: line.key,
      itemId: line.item?.id ?? null,
      foodId: food.id,
      foodIds: [...line.foods.keys()].sort((a, b) => a - b),
      gramsOfFoodPerGram: 1 / factor,
      name: line.item?.name ?? food.name,
      aisle: food.aisle,
      neededGrams,
      pantryGrams: covered ? neededGrams : atHome,
      grams: toBuy,
      inPantry: covered,
      ...quantity,
      need: needOf(line, shown, units),
      inBuyingUnits: line.item !== null,
    });
  }
  items.sort(compareItems);

  return {
    householdSize,
    units,
    items,
    aisles: groupByAisle(items),
    missingRecipeIds: [...missing].sort((a, b) => a - b),
  };
}

const AISLE_INDEX: ReadonlyMap<Aisle, number> = new Map(AISLES.map((aisle, i) => [aisle, i]));
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function aisleIndex(aisle: Aisle): number {
  return AISLE_INDEX.get(aisle) ?? AISLES.length;
}

function compareItems(a: ShoppingItem, b: ShoppingItem): number {
  return (
    aisleIndex(a.aisle) - aisleIndex(b.aisle) ||
    collator.compare(a.name, b.name) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Groups items by aisle in AISLES store order (aisles without items are left out), keeping the items'
 * order within an aisle. Generic, so items carrying more fields (`checked`) group the same way.
 */
export function groupByAisle<T extends { aisle: Aisle }>(items: readonly T[]): AisleGroup<T>[] {
  const byAisle = new Map<Aisle, T[]>();
  for (const item of items) {
    const list = byAisle.get(item.aisle);
    if (list) list.push(item);
    else byAisle.set(item.aisle, [item]);
  }
  return [...byAisle.keys()]
    .sort((a, b) => aisleIndex(a) - aisleIndex(b))
    .map((aisle) => ({ aisle, label: AISLE_LABELS[aisle] ?? aisle, items: byAisle.get(aisle) ?? [] }));
}
