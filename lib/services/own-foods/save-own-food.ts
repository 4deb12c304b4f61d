import { getDatabase, type Db } from "@/lib/db";
import { countOwnFoods, insertOwnFood, replaceOwnFood } from "@/lib/db/own-foods";
import { forgetCachedRecipes } from "@/lib/db/recipes";
import { AppError } from "@/lib/errors/app-error";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";
import { foodFromLabel, heavierThanServing } from "@/lib/nutrition/label";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { OWN_FOODS_PER_USER, type TLabelFood } from "@/lib/schemas/own-food";

function checkLabel(label: TLabelFood): void {
  const heavy = heavierThanServing(label);
  if (heavy.length === 0) return;
  throw new AppError("INVALID_INPUT", "A figure in grams is more than the serving weighs.", {
    fieldErrors: heavy.map((key) => ({
      field: `perServing.${key}`,
      message: `${NUTRIENT_META[key].label} cannot weigh more than the ${label.servingSize} ${label.servingUnit} serving`,
    })),
  });
}

/**
 * Adds a food from its nutrition label (per serving, in the printed units) as the user's own, private food,
 * stored per 100 g. CONFLICT past OWN_FOODS_PER_USER foods.
 */
export async function createOwnFood(
  options: { userId: string; label: TLabelFood },
  db: Db = getDatabase(),
): Promise<FoodSummary> {
  const database = await db;
  checkLabel(options.label);
  if ((await countOwnFoods(database, options.userId)) >= OWN_FOODS_PER_USER) {
    throw new AppError(
      "CONFLICT",
      `You have ${OWN_FOODS_PER_USER} foods of your own, the most there can be; delete one to add another.`,
    );
  }
  const { food, portion } = foodFromLabel(options.label);
  return summarizeFood(await insertOwnFood(database, options.userId, food, portion));
}

/** Replaces the label of one of the user's own foods; NOT_FOUND for any other food. */
export async function updateOwnFood(
  options: { userId: string; foodId: number; label: TLabelFood },
  db: Db = getDatabase(),
): Promise<FoodSummary> {
  const database = await db;
  checkLabel(options.label);
  const { food, portion } = foodFromLabel(options.label);
  const saved = await replaceOwnFood(database, options.userId, options.foodId, food, portion);
  if (!saved) throw AppError.notFound("Food");
  // Own recipes are not cached, but a catalogue recipe never uses an own food either: nothing else to forget.
  forgetCachedRecipes(database);
  return summarizeFood(saved);
}
