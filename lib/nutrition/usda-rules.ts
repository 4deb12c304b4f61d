// Rules that turn an SR28 row into a catalogue food: readable names, food group, aisle, diet facts,
// allergens and fortification. Pure: no framework or database imports.
//
// Diet facts and allergens err on the side of "contains": a vegan who never sees a vegan food loses a
// choice, one who is shown a food with milk in it is let down. They are derived from the food group and
// the words of the name, checked against the curated seed (tests/unit/nutrition/usda-rules.test.ts).
import { foodGroupFromNdbNo, type FoodGroupSlug } from "@/lib/nutrition/food-groups";
import {
  ALLERGENS,
  type Aisle,
  type Allergen,
  type DietFacts,
  type Nutrients,
  type Portion,
} from "@/lib/nutrition/types";

// ---------------------------------------------------------------------------------------------------
// Readable names: "SPINACH,RAW" -> "Spinach, raw", "MILK,WHL,3.25% MILKFAT,W/ ADDED VIT D" ->
// "Milk, whole, 3.25% milkfat, with added vitamin D".

/** SR28 abbreviations (upper case, as they appear between separators) and what they stand for. */
const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  ADDTL: "additional",
  ALCOHOLIC: "alcoholic",
  APPL: "apple",
  APPLS: "apples",
  ART: "artificial",
  ASPRT: "aspartame",
  BEV: "beverage",
  BEVER: "beverage",
  BF: "beef",
  BKD: "baked",
  BLD: "boiled",
  BNLESS: "boneless",
  BNS: "beans",
  BRKFST: "breakfast",
  BRLD: "broiled",
  BRSD: "braised",
  BRST: "breast",
  BSD: "based",
  BTTR: "butter",
  BTTRMLK: "buttermilk",
  BTRMLK: "buttermilk",
  CA: "calcium",
  CAL: "calorie",
  CHICK: "chicken",
  CHOC: "chocolate",
  CHOL: "cholesterol",
  CHOPD: "chopped",
  CHS: "cheese",
  CKD: "cooked",
  CND: "canned",
  COATD: "coated",
  COCNT: "coconut",
  COMM: "commercial",
  COMMLY: "commercially",
  CONC: "concentrate",
  CONCD: "concentrated",
  CRL: "cereal",
  CRLS: "cereals",
  CRM: "cream",
  CRMD: "creamed",
  CRMY: "creamy",
  CRRT: "carrot",
  CRRTS: "carrots",
  DEHYD: "dehydrated",
  DK: "dark",
  DRK: "drink",
  DRND: "drained",
  DRSG: "dressing",
  DRSNG: "dressing",
  DSSRT: "dessert",
  ENR: "enriched",
  EX: "extra",
  FLAV: "flavored",
  FLR: "flour",
  FORT: "fortified",
  FRSH: "fresh",
  FRSTD: "frosted",
  FROZ: "frozen",
  FRZ: "frozen",
  FTFREE: "fat-free",
  GRD: "ground",
  GRN: "green",
  GRNS: "greens",
  HI: "high",
  IMITN: "imitation",
  INCL: "including",
  INST: "instant",
  JR: "junior",
  JUC: "juice",
  LIQ: "liquid",
  LN: "lean",
  LO: "low",
  LOFAT: "lowfat",
  LRG: "large",
  LT: "light",
  MARSHMALLOW: "marshmallow",
  MED: "medium",
  MDE: "made",
  MXD: "mixed",
  NA: "sodium",
  NFDM: "nonfat dry milk",
  NONFAT: "nonfat",
  NOVLT: "novelty",
  PAST: "pasteurized",
  PCE: "piece",
  PCS: "pieces",
  PDR: "powder",
  PK: "pack",
  PNUT: "peanut",
  PNUTS: "peanuts",
  PREP: "prepared",
  PROC: "processed",
  PROT: "protein",
  RECON: "reconstituted",
  REG: "regular",
  REPLCMNT: "replacement",
  RSTD: "roasted",
  RTB: "ready-to-bake",
  RTD: "ready-to-drink",
  RTE: "ready-to-eat",
  RTS: "ready-to-serve",
  SAU: "sauce",
  SCRMBLD: "scrambled",
  SD: "seed",
  SEP: "separable",
  SKN: "skin",
  SKNLESS: "skinless",
  SLCD: "sliced",
  SML: "small",
  SMMRD: "simmered",
  SOL: "solids",
  SOLN: "solution",
  SPRD: "spread",
  STK: "stick",
  STMD: "steamed",
  STR: "strained",
  STWD: "stewed",
  SUB: "substitute",
  SWT: "sweet",
  SWTND: "sweetened",
  SWTNR: "sweetener",
  TODD: "toddler",
  TRMD: "trimmed",
  UNCKD: "uncooked",
  UNENR: "unenriched",
  UNHTD: "unheated",
  UNPREP: "unprepared",
  UNSWTND: "unsweetened",
  VAN: "vanilla",
  VEG: "vegetable",
  VEGS: "vegetables",
  VIT: "vitamin",
  VITS: "vitamins",
  W: "with",
  WHL: "whole",
  WHTNR: "whitener",
  WO: "without",
  XCPT: "except",
});

/** Kept in capitals. */
const ACRONYMS = new Set([
  "USDA",
  "NFS",
  "UHT",
  "KFC",
  "DHA",
  "EPA",
  "USA",
  "BBQ",
  "II",
  "III",
  "NS",
  "PB",
  "US",
]);

/** "RED" is a colour unless it sits beside one of these (then it means "reduced"). */
const REDUCED_NEIGHBOURS = new Set(["FAT", "CAL", "NA", "SODIUM", "SUGAR", "CHOL", "LACTOSE", "CALORIE"]);

function expandWord(token: string, previous: string | undefined, next: string | undefined): string {
  // "(INCL" and "SOUP)" are looked up without their brackets.
  const [, open = "", word = "", close = ""] = /^([(["]*)(.*?)([)\]".;:]*)$/.exec(token) ?? [];
  return open + expandBareWord(word, previous, next) + close;
}

function expandBareWord(word: string, previous: string | undefined, next: string | undefined): string {
  if (word === "RED")
    return REDUCED_NEIGHBOURS.has(previous ?? "") || REDUCED_NEIGHBOURS.has(next ?? "") ? "reduced" : "red";
  const expanded = ABBREVIATIONS[word];
  if (expanded) return expanded;
  if (ACRONYMS.has(word)) return word;
  // Brand names in possessive form keep a capital: KELLOGG'S -> Kellogg's, M&M'S -> M&M's.
  if (/^[A-Z&.]+'S$/.test(word)) {
    const stem = word.slice(0, -2);
    return (/&/.test(stem) ? stem : stem[0] + stem.slice(1).toLowerCase()) + "'s";
  }
  return word.toLowerCase();
}

/** One comma-separated part of a short description: "W/ ADDED VIT D" -> "with added vitamin D". */
function readablePart(part: string): string {
  // "W/SALT" and "W/ SALT" read alike; "CHICK&RICE" -> "CHICK & RICE"; "BEANS,LIQ" handled by the caller.
  const spaced = part
    .replace(/\b(W|WO)\//g, "$1 ")
    .replace(/([A-Z])&([A-Z])/g, (match, a: string, b: string, offset: number, all: string) =>
      // keep brand names like M&M'S and AT&T together
      /^[A-Z]&[A-Z]'S/.test(all.slice(offset)) ? match : `${a} & ${b}`,
    )
    .replace(/\s+/g, " ")
    .trim();
  const words = spaced.split(" ");
  const out = words.map((word, i) => expandWord(word, words[i - 1], words[i + 1]));
  // Vitamin letters stay capitals: "vitamin d" -> "vitamin D", "vitamins a & d" -> "vitamins A & D".
  for (let i = 0; i < out.length; i++) {
    if (/^[a-k]$/.test(out[i]!) && out.slice(Math.max(0, i - 3), i).some((w) => /^vitamins?$/.test(w)))
      out[i] = out[i]!.toUpperCase();
    if (/^b-?\d+$/.test(out[i]!) && out.slice(Math.max(0, i - 3), i).some((w) => /^vitamins?$/.test(w)))
      out[i] = out[i]!.toUpperCase();
  }
  return out.join(" ");
}

/**
 * A name people use, from an SR28 short description: parts separated by ", ", abbreviations spelled out,
 * sentence case with acronyms, vitamin letters and possessive brand names kept in capitals.
 */
export function readableFoodName(shortDescription: string): string {
  const parts = shortDescription
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readablePart);
  const name = parts.join(", ").replace(/\s+/g, " ").trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Matching words in a readable name (lower case).

/** Whole words from a "|"-separated list (a plural "s"/"es" allowed; a space also matches a hyphen). */
function words(list: string, flags = ""): RegExp {
  const alternatives = list.replace(/ /g, "[\\s-]+");
  return new RegExp(`\\b(?:${alternatives})(?:e?s)?\\b`, flags);
}

/** Word starts from a "|"-separated list of regular-expression pieces ("cheese" matches "cheeseburger"). */
function stems(list: string): RegExp {
  return new RegExp(`\\b(?:${list})`);
}

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
// Diet facts.

const MEAT_GROUPS = new Set<string>(["poultry", "sausages-meats", "pork", "beef", "lamb-game"]);

const MEATLESS = stems("meatless|vegetarian|veggie|vegan|meat substitute|meat analog");
/** Meat analogues, which SR28 files under legumes and which are mostly soy. */
const MEAT_ANALOGUE = stems(
  "meatless|vegetarian (fillets|meatloaf|patties|burger)|veggie burger|meat (substitute|analog)",
);
const MEAT = words(
  "beef|veal|pork|ham|bacon|lamb|mutton|goat|venison|elk|bison|buffalo|rabbit|deer|moose|caribou|boar|" +
    "antelope|squirrel|opossum|beaver|raccoon|muskrat|whale|seal|walrus|frog|turtle|chicken|turkey|duck|" +
    "goose|quail|pheasant|dove|squab|emu|ostrich|grouse|poultry|meat|meatball|meatloaf|sausage|salami|" +
    "pepperoni|bologna|frankfurter|hot dog|hotdog|wiener|bratwurst|kielbasa|chorizo|pastrami|corned|jerky|" +
    "liverwurst|braunschweiger|liver|giblets|gizzard|lard|gelatin|gelatine|steak|burger|hamburger|" +
    "cheeseburger|carne|pate|broth|bouillon|gravy|lasagna|pemmican|oxtail|tripe|tongue|headcheese|scrapple|" +
    "prosciutto|pancetta|chitterlings|spam|burrito|enchilada|stew|sloppy joe|hash|pot pie|suet|tallow|" +
    "drippings|collagen|mincemeat",
);
/** Broth, gravy and the like are meat unless the name says what else they are made of. */
const MEAT_IF_UNQUALIFIED = words("broth|bouillon|gravy|stew|pot pie|burrito|enchilada|lasagna|hash", "g");
const PLANT_QUALIFIER = words("vegetable|mushroom|onion|tomato|bean|cheese|potato|corn|rice|fruit");
/** Words that look like meat, fish or shellfish and are not. */
const FALSE_FRIENDS =
  /\b(coconut meat|nutmeat|black turtle|turtle beans?|goat (milk|cheese)|(milk|cheese), goat|oyster (mushrooms?|crackers?)|mushrooms?, oyster|including oyster|grape-nuts|spaghetti squash|squash, [a-z, ]*spaghetti|pie spice|previously frozen|rice cakes?|cakes?, (rice|popcorn)|(popcorn|corn) cakes?|grated meat|(rolls|buns), hamburger( or hot ?dog)?)\b/g;

const SHELLFISH = words(
  "shrimp|prawn|crab|lobster|crayfish|crawfish|clam|oyster|mussel|scallop|squid|calamari|octopus|abalone|" +
    "conch|whelk|snail|escargot|cuttlefish|shellfish|seafood|krill|crustacean|mollusk",
);
const FISH = words(
  "fish|salmon|tuna|cod|haddock|halibut|herring|mackerel|sardine|anchovy|anchovies|trout|tilapia|catfish|" +
    "pollock|perch|pike|bass|carp|flounder|sole|snapper|swordfish|mahimahi|roe|caviar|eel|sturgeon|" +
    "whitefish|smelt|shark|grouper|croaker|bluefish|butterfish|cisco|cusk|drum|burbot|ling|lingcod|mullet|" +
    "pompano|pout|rockfish|roughy|sablefish|scup|seatrout|shad|sheepshead|sunfish|tilefish|turbot|" +
    "wolffish|yellowtail|whiting|milkfish|surimi|lox|gefiltefish|worcestershire|caesar|jellyfish|seafood|" +
    "dolphinfish|char|crappie|walleye|pickerel|grayling|inconnu|chub|bonito|kipper|dashi",
);

const NON_DAIRY = stems(
  "nondairy|non-dairy|dairy-free|dairy free|vegan|coconut (milk|cream)|soy ?milk|soy (yogurt|cheese)|" +
    "tofu|(almond|rice|oat|cashew|hemp) milk|milk substitute|imitation milk|milk, imitation|(soy)?bean,? curd",
);
const DAIRY = new RegExp(
  stems(
    "milk(?!fish|weed| thistle)|cheese|yogurt|yoghurt|whey|casein|kefir|ghee|custard|pudding|" +
      "ice cream(?! cones?)|milkshake|buttermilk|eggnog|lactose|curd|paneer|ricotta|mozzarella|parmesan|" +
      "cheddar|feta|brie|camembert|gouda|quark|alfredo|au gratin|pizza|lasagna|caramel|toffee|fudge|nougat|" +
      "pesto|butterscotch|cream(?! of (tartar|wheat|rice)| substitute|er, non| cones?)|latte|cappuccino|" +
      "frosting|icing|scalloped|souffle|quiche|waffle|pancake|croissant|brioche|biscuit|scone|" +
      "(?<!english )muffin|cake|cookie|doughnut|danish|eclair|cream puff|white chocolate",
  ).source +
    // butter, but not nut, seed or fruit butters, cocoa butter, butternut squash or butterhead lettuce
    "|(?<!(peanut|almond|cashew|nut|seed|sesame|apple|cocoa|shea|soy|sunflower|hazelnut|pecan|pistachio|" +
    "walnut|macadamia|pumpkin|fruit|plum|pear|peach|mango|lemon) )\\bbutter(?!nut|head|bur|fly| beans?)",
);
const EGG = new RegExp(
  words(
    "egg|yolk|meringue|eggnog|mayonnaise|mayo|custard|quiche|omelet|omelette|souffle|hollandaise|" +
      "french toast|aioli|eggroll|egg roll|tartar sauce",
  ).source +
    "|" +
    stems(
      "cake|cookie|(?<!english )muffin|pancake|waffle|doughnut|brownie|cream puff|eclair|crepe|popover|" +
        "ladyfinger|sponge|angel ?food|challah|brioche|croissant|noodles, egg|pasta, fresh",
    ).source,
);
const EGG_FREE = stems("eggless|egg-free|egg free|made with tofu|tofu|vegan");
const HONEY = words("honey");

/**
 * Diet facts of an SR28 food from its group and readable name. Errs towards "contains": a food that might
 * hold meat, fish, dairy, egg or honey is marked as holding it.
 */
export function sr28DietFacts(group: string, name: string): DietFacts {
  const lower = name.toLowerCase();
  const text = lower.replace(FALSE_FRIENDS, " ");
  const meatless = MEATLESS.test(text) && !MEAT_GROUPS.has(group);
  const meatWord =
    group !== "dairy-egg" &&
    MEAT.test(PLANT_QUALIFIER.test(text) ? text.replace(MEAT_IF_UNQUALIFIED, " ") : text);
  const shellfishWord = SHELLFISH.test(text);
  const isEgg = group === "dairy-egg" && /^eggs?\b|^egg substitute/.test(lower);
  return {
    containsMeat: !meatless && (MEAT_GROUPS.has(group) || meatWord),
    containsFish: !meatless && (FISH.test(text) || (group === "fish-shellfish" && !shellfishWord)),
    containsShellfish: !meatless && shellfishWord,
    containsDairy:
      (group === "dairy-egg" && !isEgg) ||
      (DAIRY.test(text) && !NON_DAIRY.test(text)) ||
      (group === "baby-foods" && stems("formula|dinner|dessert|cereal").test(text) && !/\bsoy\b/.test(text)),
    containsEgg: isEgg || /\beggnog\b/.test(lower) || (EGG.test(text) && !EGG_FREE.test(text)),
    containsHoney: HONEY.test(text),
  };
}

// ---------------------------------------------------------------------------------------------------
// Allergens (the nine of lib/nutrition/types ALLERGENS).

const PEANUT = words("peanut|groundnut|reese's|trail mix");
const TREE_NUT = words(
  "almond|cashew|walnut|pecan|pistachio|hazelnut|filbert|macadamia|brazilnut|brazil nut|pine nut|pinyon|" +
    "pignolia|chestnut|beechnut|hickorynut|hickory nut|butternuts|praline|marzipan|nutella|gianduja|nut|" +
    "mixed nuts|pesto|baklava|nougat|amaretto|trail mix",
);
const NOT_TREE_NUT =
  /\bpeanuts?\b|\bnutmeg\b|\bdoughnuts?\b|\bcoconuts?\b|water chestnuts?|chestnuts, chinese water/g;
const GLUTEN_FREE = stems("gluten-free|gluten free|wheat-free|wheat free");
/** Flours and starches of other plants: "flour" alone means wheat flour. */
const NON_WHEAT_FLOUR = stems(
  "(rice|corn|potato|soy|almond|coconut|chickpea|buckwheat|arrowroot|peanut|sesame|sunflower|carob|" +
    "cottonseed|mesquite|acorn|amaranth|quinoa|sorghum|millet|teff|lupin|cassava|tapioca) (flour|starch)|" +
    "flour, (rice|corn|potato|soy|buckwheat|chickpea)|masa|cornmeal|tapioca",
);
const WHEAT = stems(
  "wheat|bread|bagel|pasta|spaghetti(?! sauce)|macaroni|couscous|bulgur|semolina|farina|durum|spelt|barley|rye|" +
    "triticale|seitan|kamut|einkorn|emmer|freekeh|crackers?|cookie|cake|muffin|pancake|waffle|" +
    "pies?\\b(?! fillings?)|pizza|pretzel|croissant|biscuit|doughnut|buns?\\b|rolls?\\b|croutons?|stuffing|" +
    "dumpling|wonton|pita|matzo|crepe|brownie|danish|strudel|eclair|graham|malt(?!odextrin|ose|itol)|" +
    "beer|ale\\b|lager|soy sauce(?![^,]*tamari)|teriyaki|hoisin|bread ?crumbs|breaded|batter\\b|tempura|" +
    "panko|orzo|gnocchi|ravioli|tortellini|lasagna|noodle|ramen|udon|soba|chow mein|egg roll|" +
    "cereals? ready-to-eat|granola|bran\\b|fig bars|pastry|pastries|turnover|" +
    "tortilla(?!s?, (ready-to-bake or -fry, )?corn|s? chips)|flour|gravy|wafers?|cones?\\b|" +
    "cheeseburger|hamburger|sandwich|burrito|enchilada|chicken nuggets|fried chicken|corn dog|pot pie",
);
const NO_WHEAT = stems(
  "rice noodles|noodles, rice|cellophane|bean thread|rice crackers|(rice|oat|corn) bran|bran, (oat|rice|corn)|" +
    "rice chex|corn chex|baking (powder|soda)|leavening|yeast",
);
const SOY = words(
  "soy|soya|soybean|soymilk|tofu|tempeh|miso|edamame|natto|okara|yuba|textured vegetable protein|" +
    "soy protein|teriyaki|soy sauce|hoisin|veggie burger",
);
const SESAME = words("sesame|tahini|hummus|halvah|halva|benne|gomasio");

/** Allergens of an SR28 food, in ALLERGENS order. */
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
  const wheatWord = WHEAT.test(text) && (/\bwheat\b/.test(text) || !NO_WHEAT.test(text));
  const otherFlour =
    NON_WHEAT_FLOUR.test(text) && !/\bwheat\b|\bflour\b(?!,)/.test(text.replace(NON_WHEAT_FLOUR, ""));
  const wheatGroup =
    group === "baked-goods" &&
    !NO_WHEAT.test(text) &&
    !stems("corn tortilla|tortillas, ready-to-bake or -fry, corn|taco shells").test(text);
  if (((wheatWord && !otherFlour) || wheatGroup) && !GLUTEN_FREE.test(text)) found.add("wheat_gluten");
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

/** What the importer writes for one SR28 row (the shape of lib/schemas ZFoodInputSchema). */
export interface Sr28FoodInput {
  ndbNo: string;
  name: string;
  foodGroup: string;
  aisle: Aisle;
  fortified: boolean;
  diet: DietFacts;
  allergens: Allergen[];
  per100g: Nutrients;
  portions: Portion[];
}

export type Sr28Derivation = { ok: true; food: Sr28FoodInput } | { ok: false; reason: string };

/** A catalogue food from an SR28 row, or the reason it cannot be one (its food group is unknown). */
export function foodFromSr28Row(row: {
  ndbNo: string;
  description: string;
  per100g: Nutrients;
  portions: Portion[];
}): Sr28Derivation {
  const name = readableFoodName(row.description);
  const foodGroup = sr28FoodGroup(row.ndbNo, name);
  if (!foodGroup)
    return { ok: false, reason: `unknown food group for NDB_No ${row.ndbNo} (${row.description})` };
  const diet = sr28DietFacts(foodGroup, name);
  return {
    ok: true,
    food: {
      ndbNo: row.ndbNo,
      name,
      foodGroup,
      aisle: sr28Aisle(foodGroup, name),
      fortified: sr28Fortified(foodGroup, name, diet, row.per100g),
      diet,
      allergens: sr28Allergens(foodGroup, name, diet),
      per100g: row.per100g,
      portions: row.portions,
    },
  };
}
