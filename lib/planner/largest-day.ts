// The most energy one day of a catalogue can hold: what an energy target can ask for at most. Pure.
import { DEFAULT_PORTIONS, DEFAULT_SLOTS, slotMealType, type Dish, type Slot } from "@/lib/planner/types";

/**
 * Each planned meal's most energetic dish at the largest portion, summed: no day of the catalogue holds
 * more, for any diet (a person's rules only lower it). 0 for an empty catalogue.
 */
export function largestDayKcal(
  dishes: readonly Dish[],
  options: { portions?: readonly number[]; slots?: readonly Slot[] } = {},
): number {
  const largestPortion = Math.max(...(options.portions ?? DEFAULT_PORTIONS));
  let total = 0;
  for (const slot of options.slots ?? DEFAULT_SLOTS) {
    const kcal = dishes
      .filter((d) => d.mealTypes.includes(slotMealType(slot)))
      .map((d) => d.perServing.energyKcal);
    if (kcal.length > 0) total += Math.max(...kcal) * largestPortion;
  }
  return total;
}
