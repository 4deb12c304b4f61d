// Allergens an imported SR28 food is likely to contain though its name does not say so ("may contain").
// Pure: no framework or database imports.
//
// Allergens err on the side of caution (docs/NUTRITION.md, "Allergens"): `allergens` holds what the name
// establishes, `mayContain` what the kind of food usually holds. A sandwich may contain wheat, milk, egg,
// soy and sesame; a chocolate bar milk, peanuts, tree nuts and soy. The planner excludes a food for a
// person allergic to anything in either list.
import { stems } from "@/lib/nutrition/name-patterns";
import { ALLERGENS, type Allergen } from "@/lib/nutrition/types";

type Kind = readonly [pattern: RegExp, allergens: readonly Allergen[]];

/** By words of the name, whatever the group: the first that matches wins, checked before the group. */
const KINDS_BY_NAME: readonly Kind[] = [
  [
    stems(
      "sandwich|sub\\b|burgers?\\b|cheeseburger|hamburger|mcmuffin|biscuit|croissan|wrap\\b|hot dog|corn dog",
    ),
    ["milk", "egg", "wheat_gluten", "soy", "sesame"],
  ],
  [
    stems(
      "chinese|kung pao|general tso|sweet and sour|lo mein|chow mein|fried rice|egg rolls?|orange chicken|teriyaki|sushi|thai|pad thai",
    ),
    ["egg", "fish", "shellfish", "peanuts", "tree_nuts", "wheat_gluten", "soy", "sesame"],
  ],
  [
    stems("candies|candy|chocolate|fudge|nougat|toffee|caramel|truffle|praline|brittle|bar\\b|bars\\b"),
    ["milk", "egg", "peanuts", "tree_nuts", "wheat_gluten", "soy"],
  ],
  [
    stems("ice cream|frozen (yogurt|dessert|novelt)|sherbet|gelato|sundae|shake\\b|milkshake"),
    ["milk", "egg", "peanuts", "tree_nuts", "wheat_gluten", "soy"],
  ],
  [stems("pizza|calzone|stromboli"), ["milk", "egg", "wheat_gluten", "soy"]],
  [
    stems("imitation|surimi|sticks|breaded|battered|nuggets|cakes?\\b|croquette|patties|fritter"),
    ["milk", "egg", "wheat_gluten", "soy"],
  ],
  [
    stems(
      "meatless|vegetarian|veggie|meat (substitute|analog)|chik'?n|worthington|loma linda|morningstar|gardenburger",
    ),
    ["milk", "egg", "wheat_gluten", "soy", "tree_nuts", "sesame"],
  ],
  [
    stems("dressing|mayonnaise|mayo\\b|dip\\b|spread"),
    ["milk", "egg", "fish", "wheat_gluten", "soy", "sesame"],
  ],
  [stems("granola|trail mix|muesli"), ["milk", "peanuts", "tree_nuts", "wheat_gluten", "soy", "sesame"]],
  [stems("margarine|buttery"), ["milk", "soy"]],
  [stems("protein|meal replacement|nutritional (shake|drink)|formula|instant breakfast"), ["milk", "soy"]],
];

/** By food group, for mixed foods the names above do not place. */
const KINDS_BY_GROUP: Readonly<Record<string, readonly Allergen[]>> = Object.freeze({
  "fast-foods": ["milk", "egg", "fish", "wheat_gluten", "soy", "sesame"],
  restaurant: ["milk", "egg", "fish", "shellfish", "wheat_gluten", "soy", "sesame", "tree_nuts", "peanuts"],
  "baked-goods": ["milk", "egg", "wheat_gluten", "soy", "sesame", "tree_nuts", "peanuts"],
  sweets: ["milk", "egg", "peanuts", "tree_nuts", "wheat_gluten", "soy"],
  "soups-sauces": ["milk", "egg", "fish", "shellfish", "wheat_gluten", "soy"],
  meals: ["milk", "egg", "wheat_gluten", "soy"],
  snacks: ["milk", "peanuts", "tree_nuts", "wheat_gluten", "soy", "sesame"],
  "breakfast-cereals": ["milk", "peanuts", "tree_nuts", "wheat_gluten", "soy"],
  "baby-foods": ["milk", "egg", "wheat_gluten", "soy"],
  indigenous: ["milk", "wheat_gluten"],
});

/** Foods of one ingredient in a mixed group: nothing likely beyond what they are. */
const SINGLE_INGREDIENT =
  /^(sugars?, (granulated|brown|powdered|maple)|syrups?, (maple|corn|cane)|molasses|honey|cocoa, dry powder, unsweetened)/;

/**
 * Allergens a food may contain beyond `allergens` (which its name establishes), in ALLERGENS order. Whole
 * foods outside the mixed groups get none unless their name says they are a mixed kind of food.
 */
export function sr28MayContain(group: string, name: string, allergens: readonly Allergen[]): Allergen[] {
  const lower = name.toLowerCase();
  if (SINGLE_INGREDIENT.test(lower)) return [];
  const likely = new Set<Allergen>(KINDS_BY_GROUP[group] ?? []);
  for (const [pattern, kinds] of KINDS_BY_NAME) {
    if (!pattern.test(lower)) continue;
    for (const allergen of kinds) likely.add(allergen);
    break;
  }
  return ALLERGENS.filter((allergen) => likely.has(allergen) && !allergens.includes(allergen));
}
