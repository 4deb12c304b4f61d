// The foods of the recipe editor: domain Foods, as the catalogue API sends them (client side).
import type { Food } from "@/lib/nutrition/types";
import type { TFoodResponse } from "@/lib/schemas/api-responses";
import { buyingPortionsOf } from "@/lib/shopping/buying-portions";

export function foodOfResponse(food: TFoodResponse): Food {
  const { id, ndbNo, name, foodGroup, aisle, fortified, per100g, portions } = food;
  const { dietUncertain, uncertainReason, allergens, mayContain } = food;
  const facts = { id, ndbNo, name, foodGroup, aisle, fortified, per100g, portions };
  const diet = { diet: food.dietFacts, dietUncertain, uncertainReason, allergens, mayContain };
  return { ...facts, ...diet, ownerId: food.yours ? "you" : null };
}

/** One line of the editor: a food and an amount in grams, a household portion or a buying unit. */
export interface EditorLine {
  key: number;
  food: Food;
  quantity: string;
  /** "g", the index of one of the food's portions ("0"), or of one of its buying units ("buy-0"). */
  unit: string;
  line?: string;
}

const BUY_PREFIX = "buy-";

/** The unit select's value for buying unit `index` (buyingPortionsOf). */
export const buyingUnitValue = (index: number) => `${BUY_PREFIX}${index}`;

/** The grams a line stands for; NaN when the quantity is not a positive number. */
export function gramsOf(line: EditorLine): number {
  const quantity = Number(line.quantity.replace(",", "."));
  if (!Number.isFinite(quantity) || quantity <= 0) return Number.NaN;
  if (line.unit === "g") return quantity;
  const portion = line.unit.startsWith(BUY_PREFIX)
    ? buyingPortionsOf(line.food.ndbNo)[Number(line.unit.slice(BUY_PREFIX.length))]
    : line.food.portions[Number(line.unit)];
  return portion ? quantity * portion.grams : Number.NaN;
}
