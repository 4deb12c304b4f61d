// The most energy one day of a catalogue can hold: what an energy target can ask for at most. Pure.
import {
  DEFAULT_MAX_SIDES_PER_MEAL,
  DEFAULT_PORTIONS,
  DEFAULT_SLOTS,
  slotMealType,
  type Dish,
  type SideDish,
  type Slot,
} from "@/lib/planner/types";

const mostEnergetic = (dishes: readonly Dish[], slot: Slot): number =>
  Math.max(
    0,
    ...dishes.filter((d) => d.mealTypes.includes(slotMealType(slot))).map((d) => d.perServing.energyKcal),
  );

/** A meal's most energetic sides, one per group, at one household portion each. */
function largestSidesKcal(sides: readonly SideDish[], slot: Slot, count: number): number {
  const byGroup = new Map<string, number>();
  for (const side of sides) {
    if (!side.mealTypes.includes(slotMealType(slot))) continue;
    byGroup.set(side.group, Math.max(byGroup.get(side.group) ?? 0, side.perServing.energyKcal));
  }
  return [...byGroup.values()]
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((sum, kcal) => sum + kcal, 0);
}

/**
 * Each planned meal's most energetic dish at the largest portion, plus its most energetic sides, summed:
 * no day of the catalogue holds more, for any diet (a person's rules only lower it). 0 for an empty catalogue.
 */
export function largestDayKcal(
  dishes: readonly Dish[],
  options: { portions?: readonly number[]; slots?: readonly Slot[]; sides?: readonly SideDish[] } = {},
): number {
  const largestPortion = Math.max(...(options.portions ?? DEFAULT_PORTIONS));
  let total = 0;
  for (const slot of options.slots ?? DEFAULT_SLOTS) {
    total += mostEnergetic(dishes, slot) * largestPortion;
    total += largestSidesKcal(options.sides ?? [], slot, DEFAULT_MAX_SIDES_PER_MEAL);
  }
  return total;
}
