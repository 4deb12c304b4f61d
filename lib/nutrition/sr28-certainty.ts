// Whether an imported SR28 food's diet facts are certain (docs/NUTRITION.md, "Certain or not offered").
// Pure: no framework or database imports.
//
// A name lists what a food is, not everything in it: "Cookies, chocolate chip" says nothing of butter or
// egg. So the facts read from a name (usda-rules.ts sr28DietFacts) are certain only for single-ingredient
// whole foods. A food is uncertain, and never offered to a diet it might break, when
//   1. its food group is one of mixed dishes (fast foods, restaurant foods, baked products, sweets, soups
//      and sauces, meals and entrées, snacks, breakfast cereals, baby foods, American Indian foods),
//      unless it is one of a few single-ingredient foods filed there (sugar, maple syrup, cocoa powder);
//   2. its name says it is a mixed dish (sandwich, soup, stew, pizza, casserole, "home-prepared", ...);
//   3. it is a mixed beverage, a salad dressing or a spread, or a margarine;
//   4. it is a meat substitute (sold as vegetarian, often made with egg white or milk); or
//   5. SR28 lists cholesterol for it and its name names no animal product. Only animal tissues make
//      cholesterol; the tolerance is 0 mg (SR28 reports whole milligrams, so any figure is a measurement).
//      No exceptions are made: the few plant rows with 1 mg (some margarine-like spreads, a cranberry-grape
//      drink) stay uncertain rather than being excused by hand. A blank figure is "not measured" and says
//      nothing.
import { stems } from "@/lib/nutrition/name-patterns";
import { DIET_FACTS, type DietFact, type DietFacts } from "@/lib/nutrition/types";

export interface DietCertaintyResult {
  /** Facts the food may have that its facts do not say (empty: certain). */
  uncertain: DietFact[];
  reason: string | null;
}

/** SR28 groups of mixed foods, with the reason shown to people. */
export const MIXED_FOOD_GROUPS: Readonly<Record<string, string>> = Object.freeze({
  "fast-foods": "a fast-food item",
  restaurant: "a restaurant dish",
  "baked-goods": "a baked product",
  sweets: "a sweet",
  "soups-sauces": "a soup or sauce",
  meals: "a prepared meal",
  snacks: "a snack food",
  "breakfast-cereals": "a breakfast cereal",
  "baby-foods": "a baby food",
  indigenous: "a traditional dish",
});

/** Single-ingredient foods filed in a mixed group. */
const WHOLE_FOOD_IN_MIXED_GROUP =
  /^(sugars?, (granulated|brown|powdered|maple)|syrups?, (maple|corn|cane)|molasses|honey|cocoa, dry powder, unsweetened|sweeteners?, (tabletop, )?(sucralose|aspartame|stevia|saccharin))/;

const MIXED_DISH = stems(
  "sandwich|burgers?\\b|cheeseburger|hamburger|pizza|soup|stew|chowder|casserole|entree|dinners?\\b|" +
    "lasagna|burrito|enchilada|tacos?\\b|quesadilla|chili (with|con)|chili, (with|con)|pot pie|souffle|" +
    "home-prepared|prepared from recipe|prepared-from-recipe|gravy|dressing|nuggets|dumpling|stuffing|" +
    "fried rice|lo mein|chow mein|pasta with|macaroni (&|and) cheese|mac (&|and) cheese|salad(?! dressing)|" +
    "pancakes?\\b|french toast|hot pockets?|spaghettios|ravioli|tortellini|with sauce|in sauce|" +
    "(?<!soy )sauce\\b|coleslaw|pudding|pie\\b|pies\\b|fritter|croquette|hush ?pupp|nachos|egg rolls?|kung pao|" +
    "general tso|sweet and sour|teriyaki|curry|pilaf|risotto|flavou?red|seasoned|mix\\b|mixes\\b|breaded|batter",
);
/** Drinks of one plant, or water: anything else in the beverages group is a mixed drink. */
const PLAIN_BEVERAGE = stems(
  "beverages?, (water|coffee, (brewed|instant)|tea, (black|green|herb|oolong|brewed|instant)|carbonated|" +
    "(almond|rice|oat|coconut|soy|cashew|hemp) milk|.*juice)|alcoholic beverages?, distilled|water, " +
    "|beverages?, [a-z' ]*(cola|soda|lemonade|energy drink|sports drink|club soda|tonic water)",
);
const MIXED_BEVERAGE_WORDS = stems(
  "milk(?! substitute)|cream|mocha|latte|cappuccino|shake|smoothie|protein|meal replacement|nutritional|" +
    "eggnog|malted|chocolate|cocoa|liqueur|wine|beer|ale\\b|lager|mix\\b|instant breakfast|formula|whey|" +
    "honey",
);
const DRESSING_OR_SPREAD = stems("salad dressing|dressing|mayonnaise|mayo|spread|margarine|sandwich spread");
const MARGARINE = stems("margarine|vegetable oil spread|buttery spread");
/** Meat substitutes (the importer's diet facts already call them meat-free). */
const MEAT_SUBSTITUTE = stems(
  "meatless|vegetarian|veggie|meat (substitute|analog)|soyburger|soy burger|chik'?n|chik\\b|worthington|" +
    "loma linda|morningstar|gardenburger|boca\\b|tofurky|quorn|(imitation|simulated) (bacon|meat|sausage)",
);

function unknownOf(facts: DietFacts, candidates: readonly DietFact[] = DIET_FACTS): DietFact[] {
  return candidates.filter((fact) => !facts[fact]);
}

function hasAnimalFact(facts: DietFacts): boolean {
  return (
    facts.containsMeat ||
    facts.containsFish ||
    facts.containsShellfish ||
    facts.containsDairy ||
    facts.containsEgg
  );
}

const CERTAIN: DietCertaintyResult = Object.freeze({ uncertain: [], reason: null });

function uncertain(facts: DietFacts, reason: string, candidates?: readonly DietFact[]): DietCertaintyResult {
  const open = unknownOf(facts, candidates);
  return open.length === 0 ? CERTAIN : { uncertain: open, reason };
}

/**
 * Which of an SR28 food's diet facts are not certain, and why. `cholesterolMg` is SR28's figure per 100 g
 * (null when not measured).
 */
export function sr28DietCertainty(
  group: string,
  name: string,
  facts: DietFacts,
  cholesterolMg: number | null,
): DietCertaintyResult {
  const lower = name.toLowerCase();
  const byName = nameCertainty(group, lower, facts);
  if (byName.uncertain.length > 0) return byName;
  if (cholesterolMg !== null && cholesterolMg > 0 && !hasAnimalFact(facts)) {
    return uncertain(
      facts,
      `SR28 lists ${cholesterolMg} mg cholesterol per 100 g, which plants do not have: it contains an ` +
        "animal product its name does not name",
    );
  }
  return CERTAIN;
}

function nameCertainty(group: string, lower: string, facts: DietFacts): DietCertaintyResult {
  const mixedGroup = MIXED_FOOD_GROUPS[group];
  if (mixedGroup && !WHOLE_FOOD_IN_MIXED_GROUP.test(lower))
    return uncertain(facts, `${mixedGroup}: its recipe is not known, only its name`);
  if (MEAT_SUBSTITUTE.test(lower))
    return uncertain(facts, "a meat substitute: these are often made with egg white or milk", [
      "containsDairy",
      "containsEgg",
      "containsHoney",
    ]);
  if (group !== "spices-herbs" && MIXED_DISH.test(lower))
    return uncertain(facts, "a mixed dish: its recipe is not known, only its name");
  if (group === "beverages" && (!PLAIN_BEVERAGE.test(lower) || MIXED_BEVERAGE_WORDS.test(lower)))
    return uncertain(facts, "a mixed drink: its ingredients are not known, only its name");
  if (group === "fats-oils" && MARGARINE.test(lower))
    return uncertain(facts, "a margarine or spread: many contain whey or buttermilk", ["containsDairy"]);
  if (group === "fats-oils" && DRESSING_OR_SPREAD.test(lower))
    return uncertain(facts, "a dressing or spread: its recipe is not known, only its name");
  return CERTAIN;
}

/**
 * The one check the curated seed gets (its diet facts were written by hand, so its whole foods stay
 * certain): a food the curator calls free of milk and egg for which SR28 lists cholesterol is not verified
 * free of them. The curator has ruled out meat and fish; milk solids or egg are what such foods usually
 * hold (the dark chocolates 19902-19904, a ready-to-serve marinara and a hoisin sauce).
 */
export function curatedDietCertainty(facts: DietFacts, cholesterolMg: number | null): DietCertaintyResult {
  if (cholesterolMg === null || cholesterolMg <= 0 || hasAnimalFact(facts)) return CERTAIN;
  return uncertain(
    facts,
    `SR28 lists ${cholesterolMg} mg cholesterol per 100 g, which plants do not have: milk solids or egg likely`,
    ["containsDairy", "containsEgg"],
  );
}
