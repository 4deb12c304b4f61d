// The pantry in the units the list buys in: "3 eggs", "½ bag (500 g)", "1.5 L"; what a pantry form offers
// and how its quantity becomes grams of the food. Pure: no framework or database imports.
import type { Portion } from "@/lib/nutrition/types";
import type { UnitSystem } from "@/lib/nutrition/profile";
import {
  formatQuarters,
  formatVolume,
  formatWeight,
  gramsOf,
  type BuyingUnit,
} from "@/lib/shopping/buying-units";
import { purchaseOf } from "@/lib/shopping/purchasable-items";

export interface PantryFood {
  ndbNo: string | null;
  portions: readonly Portion[];
}

export interface PantryUnitOption {
  /** What the form sends: "each" (pieces or packs of the item), "g", "kg", "oz", "lb", "ml", "L", "fl oz". */
  value: string;
  label: string;
}

const WEIGHTS: Readonly<Record<UnitSystem, readonly PantryUnitOption[]>> = {
  metric: [
    { value: "g", label: "g" },
    { value: "kg", label: "kg" },
  ],
  us: [
    { value: "oz", label: "oz" },
    { value: "lb", label: "lb" },
  ],
};
const VOLUMES: Readonly<Record<UnitSystem, readonly PantryUnitOption[]>> = {
  metric: [
    { value: "ml", label: "ml" },
    { value: "L", label: "L" },
  ],
  us: [
    { value: "fl oz", label: "fl oz" },
    { value: "quarts", label: "quarts" },
  ],
};

function eachLabel(unit: BuyingUnit, system: UnitSystem): string | null {
  if (unit.kind === "piece") return unit.many;
  if (unit.kind === "pack") return `${unit.many} (${unit[system].label})`;
  return null;
}

/** The units a pantry entry of this food can be given in, the item's own first. */
export function pantryUnitOptions(food: PantryFood, system: UnitSystem): PantryUnitOption[] {
  const unit = purchaseOf(food.ndbNo)?.item.unit;
  const each = unit ? eachLabel(unit, system) : null;
  return [
    ...(each ? [{ value: "each", label: each }] : []),
    ...(unit?.kind === "volume" ? VOLUMES[system] : []),
    ...WEIGHTS[system],
  ];
}

/** Grams of the food for a pantry quantity in one of `pantryUnitOptions`; throws for another unit. */
export function pantryGramsOf(
  quantity: number,
  unitValue: string,
  food: PantryFood,
  system: UnitSystem,
): number {
  if (!Number.isFinite(quantity) || quantity < 0) throw new RangeError(`invalid quantity ${quantity}`);
  if (!pantryUnitOptions(food, system).some((option) => option.value === unitValue)) {
    throw new RangeError(`unit ${unitValue} does not fit this food`);
  }
  const purchase = purchaseOf(food.ndbNo);
  const unit: BuyingUnit = purchase?.item.unit ?? { kind: "weight" };
  const factor = purchase?.form.factor ?? 1;
  const name =
    unitValue === "each" ? (unit.kind === "piece" || unit.kind === "pack" ? unit.many : "g") : unitValue;
  // Grams of the item bought, back to grams of this food.
  return gramsOf(quantity, name, unit, system) / factor;
}

/** What is at home, as read: "3 eggs", "½ bag (500 g)", "1.5 L", "450 g" (to the nearest quarter). */
export function describePantryAmount(grams: number, food: PantryFood, system: UnitSystem): string {
  const purchase = purchaseOf(food.ndbNo);
  if (!purchase) return formatWeight(grams, system);
  const itemGrams = grams * purchase.form.factor;
  const { unit } = purchase.item;
  const each = unit.kind === "piece" ? unit.grams : unit.kind === "pack" ? unit[system].grams : null;
  if (each !== null && (unit.kind === "piece" || unit.kind === "pack")) {
    const count = Math.max(0.25, Math.round((itemGrams / each) * 4) / 4);
    const noun = count <= 1 ? unit.one : unit.many;
    const size = unit.kind === "pack" ? ` (${unit[system].label})` : "";
    return `${formatQuarters(count)} ${noun}${size}`;
  }
  if (unit.kind === "volume") {
    return formatVolume(itemGrams / unit.gramsPerMl, system);
  }
  return formatWeight(itemGrams, system);
}

/** The quantity and unit a pantry form starts from for grams at home: the first offered unit. */
export function pantryFormValue(
  grams: number,
  food: PantryFood,
  system: UnitSystem,
): { quantity: number; unit: string } {
  const unit = pantryUnitOptions(food, system)[0]?.value ?? "g";
  const one = pantryGramsOf(1, unit, food, system);
  const exact = grams / one;
  return { quantity: Math.round(exact * (unit === "each" ? 4 : 10)) / (unit === "each" ? 4 : 10), unit };
}
