// Rules that turn an SR28 row into a catalogue food: food group, aisle, diet facts (and whether they are
// certain), allergens (and what it may contain) and fortification. Pure: no framework or database imports.
//
// Safe by design (docs/NUTRITION.md, "The importer's rules"): diet facts and allergens err on the side of
// "contains"; a food whose facts its name cannot establish is uncertain and never offered to a diet it
// might break (sr28-certainty.ts); likely allergens go to `mayContain` (sr28-may-contain.ts). Checked
// against the curated seed and a hand-labelled set of tricky rows (tests/unit/nutrition/).
import { foodGroupFromNdbNo, type FoodGroupSlug } from "@/lib/nutrition/food-groups";
import { stems, words } from "@/lib/nutrition/name-patterns";
import { sr28DietCertainty } from "@/lib/nutrition/sr28-certainty";
import { sr28MayContain } from "@/lib/nutrition/sr28-may-contain";
import { readableFoodName } from "@/lib/nutrition/sr28-names";
import {
  ALLERGENS,
  type NewFood,
  type Aisle,
  type Allergen,
  type DietFacts,
  type Nutrients,
  type Portion,
} from "@/lib/nutrition/types";

// ---------------------------------------------------------------------------------------------------
// Food group: the NDB_No prefix, or, for the few prefixes shared by several groups, the first words.

const GROUP_BY_LEADING_WORDS: readonly [RegExp, FoodGroupSlug][] = [
  [/\bmeatless\b|^vegetarian\b/, "legumes"],
  [/^babyfood/, "baby-foods"],
  [/^(cereals ready-to-eat|cereals|cereal)\b/, "breakfast-cereals"],
  [
    /^(salad dressing|mayonnaise|oil|margarine|vegetable oil|shortening|creamy dressing|dressing)\b/,
    "fats-oils",
  ],
  [/^(butter replacement|cream substitute|whipped topping|whipped cream substitute)\b/, "fats-oils"],
  [
    /^(candies|syrups?|jams?|jellies|sweeteners|puddings|pie fillings|chewing gum|frozen novelties|frozen novelty|ice cream|ice creams|ice crm bar|frozen yogurts?|milk dessert|milk dssrt|gums|pectin)\b/,
    "sweets",
  ],
  [
    /^(cheese|cheese food|cheese product|cheese spread|imitation cheese|milk|yogurt|eggs?|cream)\b/,
    "dairy-egg",
  ],
  [
    /^(beverages?|alcoholic beverage|fluid replacement|cranberry juice|tomato & vegetable juice)\b/,
    "beverages",
  ],
  [
    /^(frankfurter|bologna|sausage|turkey ham|turkey & pork sausage|pork sausage|luncheon|beef, bologna)\b/,
    "sausages-meats",
  ],
  [/^(beans?|soybean|tofu|vermicelli, made from soy)\b/, "legumes"],
  [/^(turkey|chicken|quail|pheasant|dove|duck|goose)\b/, "poultry"],
  [/^pork\b/, "pork"],
  [/^beef\b/, "beef"],
  [/^(frog legs|turtle)\b/, "lamb-game"],
  [/^(mackerel|jellyfish|scallop|snail|fish|salmon|tuna)\b/, "fish-shellfish"],
  [/^(snacks|popcorn|potato chips|granola bar|breakfast bars?|rice cake)\b/, "snacks"],
  [/^(rolls|pretzels|bread|crackers|cookies|papad)\b/, "baked-goods"],
  [/^(millet|rice|pasta|noodles)\b/, "grains-pasta"],
  [
    /^(radishes|cabbage|eggplant|potatoes|vegetables|turnip greens|hearts of palm|celery|tomato sauce|tomato)\b/,
    "vegetables",
  ],
  [/^(peanut butter)\b/, "legumes"],
  [/^(yeast extract spread)\b/, "soups-sauces"],
];

/**
 * The food group of an SR28 row: from the NDB_No prefix (food-groups.ts), else from the leading words of
 * the readable name for prefixes shared by several groups (42, 43, 44, 80, 83, 90, 93). Null when neither
 * tells: the importer skips such a row as "unknown food group".
 */
export function sr28FoodGroup(ndbNo: string, name: string): FoodGroupSlug | null {
  const byNumber = foodGroupFromNdbNo(ndbNo);
  if (byNumber) return byNumber;
  if (!/^(42|43|44|80|83|90|93)/.test(ndbNo.padStart(5, "0"))) return null;
  const lower = name.toLowerCase();
  for (const [pattern, group] of GROUP_BY_LEADING_WORDS) if (pattern.test(lower)) return group;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Diet facts: what the name and group say a food contains. Whether that is certain is decided in
// sr28-certainty.ts (mixed dishes, cholesterol the name does not explain).

const MEAT_GROUPS = new Set<string>(["poultry", "sausages-meats", "pork", "beef", "lamb-game"]);

/** Meat analogues: meatless words, and brands that make only vegetarian products. */
export const MEAT_ANALOGUE = stems(
  "meatless|vegetarian|veggie|vegan|meat (substitute|analog)|soyburger|soy burger|chik'?n|chik\\b|" +
    "worthington|loma linda|morningstar|gardenburger|boca\\b|tofurky|quorn|tempeh|seitan|" +
    "(imitation|simulated) (bacon|meat|sausage)",
);
const MEAT = words(
  "beef|veal|pork|ham|bacon|lamb|mutton|goat|venison|elk|bison|buffalo|rabbit|deer|moose|caribou|boar|" +
    "antelope|squirrel|opossum|beaver|raccoon|muskrat|whale|seal|walrus|frog|turtle|chicken|turkey|duck|" +
    "goose|quail|pheasant|dove|squab|emu|ostrich|grouse|poultry|meat|meatball|meatloaf|sausage|salami|" +
    "pepperoni|bologna|frankfurter|franks|hot dog|hotdog|wiener|bratwurst|kielbasa|chorizo|pastrami|" +
    "corned|jerky|liverwurst|braunschweiger|liver|giblets|gizzard|lard|gelatin|gelatine|marshmallow|" +
    "gummy|gummies|jell-o|rice krispies treats|steak|burger|hamburger|cheeseburger|carne|pate|broth|" +
    "bouillon|gravy|lasagna|pemmican|oxtail|tripe|tongue|headcheese|scrapple|prosciutto|pancetta|" +
    "chitterlings|spam|burrito|enchilada|stew|sloppy joe|hash|pot pie|suet|tallow|drippings|collagen|" +
    "mincemeat|big mac|whopper|mcmuffin|mcchicken|meat lovers?",
);
/** Broth, gravy and the like are meat unless the name says what else they are made of. */
const MEAT_IF_UNQUALIFIED = words("broth|bouillon|gravy|stew|pot pie|burrito|enchilada|lasagna", "g");
const PLANT_QUALIFIER = words("vegetable|mushroom|onion|tomato|bean|cheese|potato|corn|rice|fruit");
/** Words that look like meat, fish, shellfish, milk or egg and are not. */
const FALSE_FRIENDS = new RegExp(
  [
    "coconut meat|nutmeat|black turtle|turtle beans?|goat (milk|cheese)|(milk|cheese), goat",
    "oyster (mushrooms?|crackers?)|mushrooms?, oyster|including oyster|vegetable oyster|salsify",
    "grape-nuts|spaghetti squash|squash, [a-z, ]*(spaghetti|scallop)|scallop squash|pie spice",
    "previously frozen|rice cakes?|cakes?, (rice|popcorn)|(popcorn|corn) cakes?|grated meat",
    "(rolls|buns), (hamburger|hot ?dog)( or (hamburger|hot ?dog))?|(hamburger|hot ?dog) (buns?|rolls?)",
    "hash ?browns?|hash brown|poultry seasoning|little caesars?|cream[- ]style|custard[- ]apple",
    "cream of (tartar|wheat|rice)|butterbur|buttercup squash|jellyfish|crab ?apples?",
  ].join("|"),
  "g",
);

const SHELLFISH = words(
  "shrimp|prawn|crab|lobster|crayfish|crawfish|clam|oyster|mussel|scallop|squid|calamari|octopus|abalone|" +
    "conch|whelk|snail|escargot|cuttlefish|shellfish|seafood|krill|crustacean|mollusk|cioppino|paella|" +
    "jambalaya|gumbo",
);
const FISH = words(
  "fish|salmon|tuna|cod|haddock|halibut|herring|mackerel|sardine|anchovy|anchovies|trout|tilapia|catfish|" +
    "pollock|perch|pike|bass|carp|flounder|sole|snapper|swordfish|mahimahi|roe|caviar|eel|sturgeon|" +
    "whitefish|smelt|shark|grouper|croaker|bluefish|butterfish|cisco|cusk|drum|burbot|ling|lingcod|mullet|" +
    "pompano|pout|rockfish|roughy|sablefish|scup|seatrout|shad|sheepshead|sunfish|tilefish|turbot|" +
    "wolffish|yellowtail|whiting|milkfish|surimi|lox|gefiltefish|worcestershire|caesar (dressing|salad)|" +
    "dressing, caesar|seafood|dolphinfish|char|crappie|walleye|pickerel|grayling|inconnu|chub|bonito|" +
    "kipper|dashi|filet-o-fish|fish sauce|sushi",
);

/** Plant milks and their kin: the dairy word inside them is removed before dairy is looked for. */
const PLANT_DAIRY_LOOKALIKES = new RegExp(
  "\\b(?:coconut (milk|cream|water)|soy ?milk|soy (yogurt|cheese|beverage)|tofu|bean,? curd|" +
    "(almond|rice|oat|cashew|hemp|coconut|pea) (milk|beverage|yogurt)|milk, (almond|rice|oat|soy|coconut)|" +
    "butter beans?|cocoa butter|shea butter|(peanut|almond|cashew|nut|seed|sesame|apple|soy|sunflower|" +
    "hazelnut|pecan|pistachio|walnut|macadamia|pumpkin|fruit|plum|pear|peach|mango|lemon|cookie) butter)\\b",
  "g",
);
const DAIRY = new RegExp(
  stems(
    "milk(?!fish|weed| thistle)|cheese|chs\\b|yogurt|yoghurt|whey|casein|kefir|ghee|custard|pudding|" +
      "ice cream(?! cones?)|milkshake|shake\\b|buttermilk|eggnog|lactose|curd|paneer|ricotta|mozzarella|" +
      "parmesan|cheddar|feta|brie|camembert|gouda|quark|alfredo|au gratin|pizza|lasagna|caramel|toffee|" +
      "fudge|nougat|pesto|butterscotch|cream(?! substitute| cones?)|creamer|latte|cappuccino|mocha|" +
      "frosting|icing|scalloped|souffle|quiche|waffle|pancake|croissant|brioche|biscuit|scone|" +
      "(?<!english )muffin|cake|cookie|doughnut|danish|eclair|cream puff|white chocolate|milk chocolate|" +
      "mac (&|and) cheese|macaroni (&|and) cheese|quesadilla|nachos|ranch|tzatziki|raita|naan",
  ).source + "|\\bbutter(?!nut|head|bur|fly|cup)",
);
const EGG = new RegExp(
  words(
    "egg|yolk|meringue|eggnog|mayonnaise|mayo|custard|quiche|omelet|omelette|souffle|hollandaise|" +
      "french toast|aioli|eggroll|egg roll|tartar sauce|mcmuffin|carbonara",
  ).source +
    "|" +
    stems(
      "cake|cookie|(?<!english )muffin|pancake|waffle|doughnut|brownie|cream puff|eclair|crepe|popover|" +
        "ladyfinger|sponge|angel ?food|challah|brioche|croissant|noodles, egg|egg noodles|pasta, fresh|" +
        "pasta, homemade|nougat|marshmallow|meringue",
    ).source,
);
/** Egg-free wording removes the egg word it qualifies ("eggless mayonnaise" is not egg). */
const EGG_FREE = /\b(eggless|egg-free|egg free|no egg|without egg)\b[^,]*/g;
const HONEY = words("honey|honeycomb|honey-roasted|honey roasted");

/**
 * Diet facts an SR28 food's name and group establish. Errs towards "contains": a food that might hold
 * meat, fish, dairy, egg or honey by its words is marked as holding it; what the words cannot tell is left
 * to sr28DietCertainty.
 */
export function sr28DietFacts(group: string, name: string): DietFacts {
  const lower = name.toLowerCase();
  const text = lower.replace(FALSE_FRIENDS, " ");
  const analogue = MEAT_ANALOGUE.test(text) && !MEAT_GROUPS.has(group);
  const meatText = PLANT_QUALIFIER.test(text) ? text.replace(MEAT_IF_UNQUALIFIED, " ") : text;
  const meatWord = group !== "dairy-egg" && MEAT.test(meatText);
  const shellfishWord = SHELLFISH.test(text);
  const isEgg = group === "dairy-egg" && /^eggs?\b|^egg substitute/.test(lower);
  const dairyText = text.replace(PLANT_DAIRY_LOOKALIKES, " ");
  return {
    containsMeat: !analogue && (MEAT_GROUPS.has(group) || meatWord),
    containsFish: !analogue && (FISH.test(text) || (group === "fish-shellfish" && !shellfishWord)),
    containsShellfish: !analogue && shellfishWord,
    containsDairy:
      (group === "dairy-egg" && !isEgg) ||
      DAIRY.test(dairyText) ||
      (group === "baby-foods" && stems("formula|dinner|dessert|cereal").test(text) && !/\bsoy\b/.test(text)),
    containsEgg: isEgg || /\beggnog\b/.test(lower) || EGG.test(text.replace(EGG_FREE, " ")),
    containsHoney: HONEY.test(text),
  };
}

// ---------------------------------------------------------------------------------------------------
// Allergens (the nine of lib/nutrition/types ALLERGENS) the name establishes; what is only likely is
// in sr28-may-contain.ts.

const PEANUT = words(
  "peanut|groundnut|reese's|trail mix|snickers|baby ruth|butterfinger|kung pao|payday|mr\\. goodbar|" +
    "nutter butter|peanut butter|satay|pad thai",
);
const TREE_NUT = words(
  "almond|cashew|walnut|pecan|pistachio|hazelnut|filbert|macadamia|brazilnut|brazil nut|pine nut|pinyon|" +
    "pignolia|chestnut|beechnut|hickorynut|hickory nut|butternuts|praline|marzipan|nutella|gianduja|nut|" +
    "mixed nuts|pesto|baklava|nougat|amaretto|trail mix|almond joy",
);
const NOT_TREE_NUT =
  /\bpeanuts?\b|\bnutmeg\b|\bdoughnuts?\b|\bcoconuts?\b|water chestnuts?|chestnuts, chinese water|nutrition(al)?|butternut squash|grape-nuts/g;
const GLUTEN_FREE = /\b(gluten-free|gluten free|wheat-free|wheat free)\b/;
/** Flours and starches of other plants, removed before "flour" (which alone means wheat) is looked for. */
const NON_WHEAT_FLOUR = new RegExp(
  "\\b(?:(rice|corn|potato|soy|almond|coconut|chickpea|buckwheat|arrowroot|peanut|sesame|sunflower|carob|" +
    "cottonseed|mesquite|acorn|amaranth|quinoa|sorghum|millet|teff|lupin|cassava|tapioca) (flour|starch)|" +
    "flour, (rice|corn|potato|soy|buckwheat|chickpea)|masa\\b|cornmeal|tapioca|" +
    "rice noodles|noodles, rice|cellophane|bean thread|rice crackers|(rice|oat|corn) bran|" +
    "bran, (oat|rice|corn)|rice chex|corn chex|corn tortillas?|tortillas?, (ready-to-bake or -fry, )?corn|" +
    "taco shells?)",
  "g",
);
const WHEAT = stems(
  "wheat|bread|bagel|pasta|spaghetti(?! sauce)|macaroni|couscous|bulgur|semolina|farina|durum|spelt|barley|rye|" +
    "triticale|seitan|kamut|einkorn|emmer|freekeh|crackers?|cookie|cake|muffin|pancake|waffle|" +
    "pies?\\b(?! fillings?)|pizza|pretzel|croissant|biscuit|doughnut|buns?\\b|rolls?\\b|croutons?|stuffing|" +
    "dumpling|wonton|pita|matzo|crepe|brownie|danish|strudel|eclair|graham|malt(?!odextrin|ose|itol)|" +
    "beer|ale\\b|lager|soy sauce(?![^,]*tamari)|teriyaki|hoisin|bread ?crumbs|breaded|breading|batter\\b|" +
    "battered|tempura|panko|orzo|gnocchi|ravioli|tortellini|lasagna|noodle|ramen|udon|soba|chow mein|" +
    "lo mein|egg roll|cereals? ready-to-eat|granola|bran\\b|fig bars|pastry|pastries|turnover|" +
    "tortilla(?!s? chips)|flour|gravy|wafers?|cones?\\b|cheeseburger|hamburger|burger|sandwich|sub\\b|" +
    "burrito|enchilada|nuggets|fried chicken|corn dog|pot pie|big mac|whopper|mcmuffin|mcchicken|" +
    "filet-o-fish|french toast|toast\\b|dough|crust|pop-tarts|twizzlers|kit kat|twix|chimichanga|" +
    "quesadilla|calzone|stromboli|hot pockets?|spaghettios|kung pao|general tso|sweet and sour|croquette",
);
const SOY = words(
  "soy|soya|soybean|soymilk|tofu|tempeh|miso|edamame|natto|okara|yuba|textured vegetable protein|" +
    "soy protein|teriyaki|soy sauce|hoisin|veggie burger|soyburger",
);
const SESAME = words("sesame|tahini|hummus|halvah|halavah|halva|benne|gomasio|sesame seed buns?");

/** Allergens an SR28 food's name, group and diet facts establish, in ALLERGENS order. */
export function sr28Allergens(group: string, name: string, facts: DietFacts): Allergen[] {
  const lower = name.toLowerCase();
  const text = lower.replace(FALSE_FRIENDS, " ");
  const found = new Set<Allergen>();
  if (facts.containsDairy) found.add("milk");
  if (facts.containsEgg) found.add("egg");
  if (facts.containsFish) found.add("fish");
  if (facts.containsShellfish) found.add("shellfish");
  if (PEANUT.test(text)) found.add("peanuts");
  // SR28 files coconut under "Nuts, ...": the category word alone does not make it a tree nut.
  const nutText = /coconut/.test(lower) ? text.replace(/^nuts, /, "") : text;
  if (TREE_NUT.test(nutText.replace(NOT_TREE_NUT, " "))) found.add("tree_nuts");
  const wheatText = text.replace(NON_WHEAT_FLOUR, " ");
  const wheatGroup =
    group === "baked-goods" &&
    !/^(leavening|yeast|baking (powder|soda))/.test(text) &&
    !NON_WHEAT_FLOUR.test(text.replace(/,.*$/, ""));
  if ((WHEAT.test(wheatText) || wheatGroup) && !GLUTEN_FREE.test(text)) found.add("wheat_gluten");
  if (SOY.test(text) || (group === "legumes" && MEAT_ANALOGUE.test(text))) found.add("soy");
  if (SESAME.test(text)) found.add("sesame");
  return ALLERGENS.filter((allergen) => found.has(allergen));
}

// ---------------------------------------------------------------------------------------------------
// Fortification (vitamin B12 or D added).

const VITAMIN_D_OR_B12 = /\bvitamins?\b[^,]*\b(d|d2|d3|b-?12)\b/;
const NEGATED = /\b(without|no|not|un|non-?)\s?(added|fortified)\b|\bunfortified\b/;

/**
 * A part of a name that says vitamin D or B12 was added ("with added vitamin D", "vitamins A & D added"),
 * read clause by clause when it also says what was not ("without added vitamin A & vitamin D").
 */
function namesAddedVitaminDOrB12(part: string): boolean {
  let negated = false;
  return part.split(/\s(?:&|and)\s/).some((clause) => {
    negated = NEGATED.test(clause) || (negated && !/\b(with|added|plus)\b/.test(clause));
    return !negated && VITAMIN_D_OR_B12.test(clause);
  });
}

/** Plant foods with some B12 or vitamin D of their own (algae, fermented foods, UV-exposed mushrooms). */
const NATURAL_PLANT_B12_OR_D = stems(
  "seaweed|nori|laver|spirulina|algae|kelp|tempeh|mushroom|shiitake|chlorella",
);

/**
 * Whether vitamin B12 or D is added: the name says so, or the figures give it away (B12 or vitamin D in a
 * breakfast cereal or another plant food, more vitamin D in a milk than milk has).
 */
export function sr28Fortified(group: string, name: string, facts: DietFacts, per100g: Nutrients): boolean {
  const lower = name.toLowerCase();
  const parts = lower.split(",");
  if (parts.some(namesAddedVitaminDOrB12)) return true;
  const b12 = per100g.vitaminB12Mcg;
  const vitaminD = per100g.vitaminDMcg;
  // "Fortified" alone may mean iron or B1: it counts when the figures show B12 or D (or are unknown).
  if (parts.some((part) => /\bfortified\b/.test(part) && !NEGATED.test(part))) {
    if ((b12 ?? 0) > 0 || (vitaminD ?? 0) > 0 || (b12 === null && vitaminD === null)) return true;
  }
  if (group === "breakfast-cereals") return (b12 ?? 0) > 0 || (vitaminD ?? 0) > 0;
  // Milks, yogurts and kefirs have a few tenths of a microgram of vitamin D of their own.
  if (group === "dairy-egg" && stems("milk|yogurt|kefir").test(lower) && (vitaminD ?? 0) >= 1) return true;
  // Plants make no B12 and (bar UV-exposed mushrooms) no vitamin D; small traces come from milk solids.
  const plantOnly =
    !facts.containsMeat &&
    !facts.containsFish &&
    !facts.containsShellfish &&
    !facts.containsDairy &&
    !facts.containsEgg;
  return plantOnly && !NATURAL_PLANT_B12_OR_D.test(lower) && ((b12 ?? 0) >= 0.5 || (vitaminD ?? 0) >= 0.5);
}

// ---------------------------------------------------------------------------------------------------
// Aisle.

const AISLE_BY_GROUP: Readonly<Record<string, Aisle>> = Object.freeze({
  "dairy-egg": "dairy_eggs",
  "spices-herbs": "other",
  "baby-foods": "other",
  "fats-oils": "other",
  poultry: "meat_fish",
  "soups-sauces": "tins_jars",
  "sausages-meats": "meat_fish",
  "breakfast-cereals": "bakery_grains",
  fruits: "produce",
  pork: "meat_fish",
  vegetables: "produce",
  "nuts-seeds": "nuts_seeds",
  beef: "meat_fish",
  beverages: "other",
  "fish-shellfish": "meat_fish",
  legumes: "bakery_grains",
  "lamb-game": "meat_fish",
  "baked-goods": "bakery_grains",
  sweets: "other",
  "grains-pasta": "bakery_grains",
  "fast-foods": "other",
  meals: "other",
  snacks: "other",
  indigenous: "other",
  restaurant: "other",
});

/** The shop aisle of an SR28 food: frozen and canned first, then by group and a few words. */
export function sr28Aisle(group: string, name: string): Aisle {
  const lower = name.toLowerCase();
  if (/\bfrozen\b/.test(lower.replace(/previously frozen/g, "")) && !/\bthawed\b/.test(lower))
    return "frozen";
  if (/\bcanned\b|\bin (oil|water|brine|tomato sauce)\b|\bjarred\b/.test(lower)) return "tins_jars";
  if (group === "legumes") {
    if (stems("tofu|soy ?milk|soy yogurt|tempeh|hummus|miso|natto").test(lower)) return "dairy_eggs";
    if (/\bpeanut/.test(lower)) return "nuts_seeds";
  }
  if (group === "fruits") {
    if (/\bdried\b|\bdehydrated\b|\braisins?\b|\bprunes?\b/.test(lower)) return "nuts_seeds";
    if (/\bjuice\b|\bnectar\b|\bdrink\b/.test(lower)) return "other";
  }
  if (group === "spices-herbs" && /\bfresh\b/.test(lower)) return "produce";
  if (group === "beverages" && /\b(soy|almond|rice|oat|coconut) milk\b|\bmilk\b/.test(lower))
    return "dairy_eggs";
  return AISLE_BY_GROUP[group] ?? "other";
}

// ---------------------------------------------------------------------------------------------------
// The whole food.

export type Sr28Derivation = { ok: true; food: NewFood } | { ok: false; reason: string };

/** A catalogue food from an SR28 row, or the reason it cannot be one (its food group is unknown). */
export function foodFromSr28Row(row: {
  ndbNo: string;
  description: string;
  per100g: Nutrients;
  cholesterolMg: number | null;
  portions: Portion[];
}): Sr28Derivation {
  const name = readableFoodName(row.description);
  const foodGroup = sr28FoodGroup(row.ndbNo, name);
  if (!foodGroup)
    return { ok: false, reason: `unknown food group for NDB_No ${row.ndbNo} (${row.description})` };
  const diet = sr28DietFacts(foodGroup, name);
  const certainty = sr28DietCertainty(foodGroup, name, diet, row.cholesterolMg);
  const allergens = sr28Allergens(foodGroup, name, diet);
  return {
    ok: true,
    food: {
      ndbNo: row.ndbNo,
      name,
      foodGroup,
      aisle: sr28Aisle(foodGroup, name),
      fortified: sr28Fortified(foodGroup, name, diet, row.per100g),
      diet,
      dietUncertain: certainty.uncertain,
      uncertainReason: certainty.reason,
      allergens,
      mayContain: sr28MayContain(foodGroup, name, allergens),
      per100g: row.per100g,
      portions: row.portions,
    },
  };
}
