// A food's buying units as amounts a recipe can be written in ("1 can (15 oz)", "1 banana"): the grams of
// the food one of them gives, through the purchasable item's form factor (docs/SHOPPING.md). Pure.
import { purchaseOf } from "@/lib/shopping/purchasable-items";

export interface BuyingPortion {
  /** "1 can (15 oz)", "1 banana". */
  description: string;
  /** Grams of the food (as the recipe weighs it) that one buying unit gives. */
  grams: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The pieces and packs a food is bought in; none for loose, volume or unmapped foods. */
export function buyingPortionsOf(ndbNo: string | null): BuyingPortion[] {
  const found = purchaseOf(ndbNo);
  if (!found || found.form.factor <= 0) return [];
  const { unit } = found.item;
  const ofFood = (itemGrams: number) => round1(itemGrams / found.form.factor);
  if (unit.kind === "piece") return [{ description: `1 ${unit.one}`, grams: ofFood(unit.grams) }];
  if (unit.kind !== "pack") return [];
  const sizes = unit.metric.label === unit.us.label ? [unit.metric] : [unit.metric, unit.us];
  return sizes.map((size) => ({ description: `1 ${unit.one} (${size.label})`, grams: ofFood(size.grams) }));
}
