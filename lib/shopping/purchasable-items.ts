// What you buy, not what you cook: every seed food (prisma/seed/foods.json, by SR28 NDB_No) belongs to one
// purchasable item, with the grams of the item bought per gram of the food as a recipe uses it. Cooked,
// baked, juiced and separated forms fold into what the shop sells (quinoa cooked -> quinoa bought dry,
// egg yolk -> eggs, lemon juice -> lemons); variants a shopper treats as one thing merge (milk of any fat
// level, grated and hard parmesan); fortified, flavoured, canned, dried and frozen products stay apart.
// Where every factor and size comes from: docs/SHOPPING.md. Pure data: no framework or database imports.
import type { BuyingUnit, PackUnit, PieceUnit, SizeSource, VolumeUnit } from "@/lib/shopping/buying-units";
import { GRAMS_PER_OUNCE, ML_PER_CUP, ML_PER_FL_OZ } from "@/lib/shopping/buying-units";

/**
 * How a food's grams become grams of the item bought:
 * - "same": the food is what is bought (factor 1);
 * - "dry-matter": cooked -> raw/dry, dry matter conserved: (100 − water cooked) / (100 − water raw), both
 *   from the SR28 ABBREV water column;
 * - "portion-pair": two SR28 portions of one thing (1 large egg = 50 g whole, 17 g yolk);
 * - "juice": fruit per gram of its juice (SR28 fruit weight / juice of one fruit);
 * - "brewing": grams of coffee or tea per gram of the drink (a common brewing ratio);
 * - "kept": a cooked vegetable weighs what the raw one did (factor 1, see docs/SHOPPING.md).
 */
export type YieldMethod = "same" | "dry-matter" | "portion-pair" | "juice" | "brewing" | "kept";

export interface PurchaseForm {
  ndbNo: string;
  /** Grams of the purchasable item per gram of this food. */
  factor: number;
  method: YieldMethod;
}

export interface PurchasableItem {
  /** Stable kebab-case id: "bananas", "soy-milk-fortified". */
  id: string;
  /** What the list says: "Bananas", "Soy milk, fortified". */
  name: string;
  unit: BuyingUnit;
  forms: readonly PurchaseForm[];
}

// ---------------------------------------------------------------------------------------------------
// Unit builders (sizes per unit system; labels as printed on packs)

const piece = (grams: number, one: string, many: string, source: SizeSource = "sr28"): PieceUnit => ({
  kind: "piece",
  grams,
  one,
  many,
  source,
});

/** By volume; density from the food's SR28 "1 cup" portion (grams per 236.6 ml). */
const liquid = (gramsPerCup: number): VolumeUnit => ({
  kind: "volume",
  gramsPerMl: gramsPerCup / ML_PER_CUP,
});

const LOOSE: BuyingUnit = { kind: "weight" };

const gramsLabel = (grams: number) => (grams >= 1000 ? `${grams / 1000} kg` : `${grams} g`);
const ouncesLabel = (ounces: number) =>
  ounces >= 16 && ounces % 16 === 0 ? `${ounces / 16} lb` : `${ounces} oz`;

/** A pack sold by weight: metric grams, US ounces. */
function pack(
  nouns: readonly [string, string],
  grams: number,
  ounces: number,
  source: SizeSource = "retail",
): PackUnit {
  return {
    kind: "pack",
    one: nouns[0],
    many: nouns[1],
    metric: { grams, label: gramsLabel(grams) },
    us: { grams: ounces * GRAMS_PER_OUNCE, label: ouncesLabel(ounces) },
    source,
  };
}

/** A pack sold by volume: metric ml, US fl oz; grams through the SR28 "1 cup" density. */
function bottle(nouns: readonly [string, string], ml: number, flOz: number, gramsPerCup: number): PackUnit {
  const density = gramsPerCup / ML_PER_CUP;
  return {
    kind: "pack",
    one: nouns[0],
    many: nouns[1],
    metric: { grams: ml * density, label: ml >= 1000 ? `${ml / 1000} L` : `${ml} ml` },
    us: { grams: flOz * ML_PER_FL_OZ * density, label: `${flOz} fl oz` },
    source: "retail",
  };
}

const BAG = ["bag", "bags"] as const;
const CAN = ["can", "cans"] as const;
const JAR = ["jar", "jars"] as const;
const BOTTLE = ["bottle", "bottles"] as const;
const CARTON = ["carton", "cartons"] as const;
const TUB = ["tub", "tubs"] as const;
const PACK = ["pack", "packs"] as const;
const BOX = ["box", "boxes"] as const;
const BLOCK = ["block", "blocks"] as const;
const BUNCH = ["bunch", "bunches"] as const;
const PUNNET = ["punnet", "punnets"] as const;
const LOAF = ["loaf", "loaves"] as const;

const SPICE_JAR = pack(JAR, 40, 1.5);
const NUT_BAG = pack(BAG, 200, 8);
const GRAIN_BAG = pack(BAG, 500, 16);
const FROZEN_BAG = pack(BAG, 500, 16);
const CEREAL_BOX = pack(BOX, 375, 12);
const CHEESE_BLOCK = pack(PACK, 200, 8);
const BEAN_CAN = pack(CAN, 400, 15);
const HERB_BUNCH = pack(BUNCH, 30, 1);

// ---------------------------------------------------------------------------------------------------
// Forms

const same = (ndbNo: string): PurchaseForm => ({ ndbNo, factor: 1, method: "same" });
const dry = (ndbNo: string, factor: number): PurchaseForm => ({ ndbNo, factor, method: "dry-matter" });
const pair = (ndbNo: string, factor: number): PurchaseForm => ({ ndbNo, factor, method: "portion-pair" });
const kept = (ndbNo: string): PurchaseForm => ({ ndbNo, factor: 1, method: "kept" });

function item(
  id: string,
  name: string,
  unit: BuyingUnit,
  ...forms: (string | PurchaseForm)[]
): PurchasableItem {
  return { id, name, unit, forms: forms.map((form) => (typeof form === "string" ? same(form) : form)) };
}

const MILK_CUP = 244;

export const PURCHASABLE_ITEMS: readonly PurchasableItem[] = Object.freeze([
  // Dairy and eggs
  item("milk", "Milk", liquid(MILK_CUP), "01077", "01079", "01082", "01085"),
  item("milk-skim-unfortified", "Skim milk, no added vitamins", liquid(245), "01151"),
  item("buttermilk", "Buttermilk", liquid(245), "01088"),
  item("chocolate-milk", "Chocolate milk", liquid(250), "01102"),
  item("goat-milk", "Goat milk", liquid(244), "01106"),
  item("evaporated-milk", "Evaporated milk", bottle(CAN, 410, 12, 252), "01096"),
  item("condensed-milk", "Sweetened condensed milk", pack(CAN, 397, 14), "01095"),
  item("milk-powder", "Nonfat dry milk powder", pack(BAG, 400, 9.6), "01092"),
  item("yogurt-plain", "Plain yogurt", pack(TUB, 500, 32), "01116", "01117", "01118"),
  item("yogurt-vanilla", "Vanilla yogurt", pack(TUB, 500, 32), "01119"),
  item("yogurt-fruit", "Fruit yogurt", pack(PACK, 500, 24), "01120"),
  item("yogurt-vanilla-vitamin-d", "Vanilla yogurt, vitamin D fortified", pack(TUB, 500, 32), "01220"),
  item("yogurt-fruit-vitamin-d", "Fruit yogurt, vitamin D fortified", pack(PACK, 500, 24), "01216"),
  item("greek-yogurt", "Greek yogurt, plain", pack(TUB, 500, 32), "01256", "01287", "01293"),
  item("kefir", "Kefir", liquid(243), "01289"),
  item("cheddar", "Cheddar", CHEESE_BLOCK, "01009", "01260"),
  item("mozzarella", "Mozzarella", pack(PACK, 125, 8), "01026", "01028"),
  item("parmesan", "Parmesan", pack(PACK, 200, 8), "01032", "01033"),
  item("feta", "Feta", pack(PACK, 200, 8), "01019"),
  item("swiss-cheese", "Swiss cheese", CHEESE_BLOCK, "01040"),
  item("gouda", "Gouda", CHEESE_BLOCK, "01022"),
  item("gruyere", "Gruyère", CHEESE_BLOCK, "01023"),
  item("brie", "Brie", pack(PACK, 200, 8), "01006"),
  item("camembert", "Camembert", pack(BOX, 250, 8), "01007"),
  item("blue-cheese", "Blue cheese", pack(PACK, 150, 5), "01004"),
  item("cottage-cheese", "Cottage cheese", pack(TUB, 250, 16), "01012", "01015"),
  item("cream-cheese", "Cream cheese", pack(TUB, 200, 8), "01017"),
  item("ricotta", "Ricotta", pack(TUB, 250, 15), "01036", "01037"),
  item("goat-cheese-soft", "Soft goat cheese", pack(PACK, 125, 4), "01159"),
  item("goat-cheese-hard", "Hard goat cheese", pack(PACK, 150, 5), "01156"),
  item("provolone", "Provolone", CHEESE_BLOCK, "01035"),
  item("monterey-jack", "Monterey Jack", CHEESE_BLOCK, "01025"),
  item("pecorino", "Pecorino Romano", pack(PACK, 150, 5), "01038"),
  item("edam", "Edam", CHEESE_BLOCK, "01018"),
  item("muenster", "Muenster", CHEESE_BLOCK, "01030"),
  item("queso-fresco", "Queso fresco", pack(PACK, 280, 10), "01228"),
  item("cotija", "Cotija", pack(PACK, 200, 8), "01267"),
  item("american-cheese", "American cheese slices", pack(PACK, 200, 8), "01042"),
  item("butter", "Butter", pack(BLOCK, 250, 16), "01001", "01145"),
  item("half-and-half", "Half and half", bottle(CARTON, 500, 16, 242), "01049"),
  item("cream", "Heavy cream", bottle(CARTON, 250, 8, 238), "01053"),
  item("sour-cream", "Sour cream", pack(TUB, 200, 16), "01056", "01055"),
  // SR28 "1 large" portions: whole 50 g, yolk 17 g, white 33 g, fried 46 g, scrambled 61 g (milk added),
  // poached and hard-boiled 50 g.
  item(
    "eggs",
    "Eggs",
    piece(50, "egg", "eggs"),
    "01123",
    pair("01125", 50 / 17),
    pair("01124", 50 / 33),
    pair("01129", 1),
    pair("01128", 50 / 46),
    pair("01132", 50 / 61),
    pair("01131", 1),
  ),
  item("quail-eggs", "Quail eggs", piece(9, "quail egg", "quail eggs"), "01140"),
  item("duck-eggs", "Duck eggs", piece(70, "duck egg", "duck eggs"), "01138"),
  item("soy-milk-fortified", "Soy milk, fortified", liquid(243), "16139", "16222", "16225"),
  item("soy-milk-chocolate", "Chocolate soy milk, fortified", liquid(243), "16168"),
  item("soy-milk-unfortified", "Soy milk, unfortified", liquid(243), "16120"),
  item("soy-yogurt", "Soy yogurt, plain", pack(TUB, 500, 24), "16252"),
  item("almond-milk-fortified", "Almond milk, fortified", liquid(240), "14016", "14091"),
  item("rice-milk-fortified", "Rice milk, fortified", liquid(240), "14639"),
  item("coconut-milk", "Coconut milk", bottle(CAN, 400, 13.5, 226), "12118"),
  item("coconut-water", "Coconut water", liquid(240), "12119"),
  item("coconut-cream", "Coconut cream", bottle(CAN, 400, 13.5, 240), "12115"),
  item("tofu-firm", "Firm tofu", pack(BLOCK, 400, 14), "16126"),
  item("tofu-soft", "Soft tofu", pack(BLOCK, 400, 14), "16127"),
  item("tofu-extra-firm", "Extra-firm tofu", pack(BLOCK, 400, 14), "16159", "16160"),
  item("tofu-silken", "Silken tofu", pack(BLOCK, 350, 12), "16162"),
  item("tofu-fried", "Fried tofu", pack(PACK, 200, 8), "16129"),
  item("tempeh", "Tempeh", pack(BLOCK, 200, 8), "16114"),
  item("natto", "Natto", pack(PACK, 150, 5), "16113"),
  item("miso", "Miso", pack(TUB, 300, 14), "16112"),
  item("hummus", "Hummus", pack(TUB, 200, 10), "16158", "16137"),

  // Produce: greens, herbs and vegetables
  item("spinach", "Spinach", pack(BUNCH, 340, 12, "sr28"), "11457", kept("11458")),
  item("spinach-frozen", "Frozen spinach", pack(BAG, 450, 10), "11463", pair("11464", 284 / 220)),
  item("spinach-canned", "Canned spinach", pack(CAN, 380, 13.5), "11461"),
  item("kale", "Kale", pack(BAG, 200, 8), "11233", kept("11234")),
  item("kale-frozen", "Frozen kale", FROZEN_BAG, kept("11236")),
  item("chives", "Chives", HERB_BUNCH, "11156"),
  item("lemongrass", "Lemongrass", pack(PACK, 50, 2), "11972"),
  // Bought raw; cooked plantain counted at the raw weight, like the other cooked vegetables ("kept").
  item("plantains", "Plantains", piece(179, "plantain", "plantains"), kept("09278")),
  item("sun-dried-tomatoes", "Sun-dried tomatoes", pack(JAR, 280, 10), "11955"),
  item("hash-browns-frozen", "Frozen hash browns", FROZEN_BAG, "11390"),
  item("broccoli", "Broccoli", piece(350, "head", "heads", "retail"), "11090", kept("11091")),
  item("broccoli-frozen", "Frozen broccoli", FROZEN_BAG, "11092"),
  item("broccoli-rabe", "Broccoli rabe", pack(BUNCH, 450, 16), "11096"),
  item("brussels-sprouts", "Brussels sprouts", LOOSE, "11098"),
  item("brussels-sprouts-frozen", "Frozen Brussels sprouts", FROZEN_BAG, "11100"),
  item("cabbage-green", "Green cabbage", piece(908, "head", "heads"), "11109"),
  item("cabbage-red", "Red cabbage", piece(850, "head", "heads", "retail"), "11112"),
  item("cabbage-savoy", "Savoy cabbage", piece(700, "head", "heads", "retail"), "11114"),
  item("bok-choy", "Bok choy", piece(840, "head", "heads"), "11116"),
  item("napa-cabbage", "Napa cabbage", piece(900, "head", "heads", "retail"), "11119"),
  item("carrots", "Carrots", piece(61, "carrot", "carrots"), "11124", kept("11125")),
  item("cauliflower", "Cauliflower", piece(588, "head", "heads"), "11135"),
  item("cauliflower-frozen", "Frozen cauliflower", FROZEN_BAG, "11137"),
  item("celery", "Celery", piece(450, "head", "heads", "retail"), "11143"),
  item("celeriac", "Celeriac", piece(700, "celeriac", "celeriacs", "retail"), "11141"),
  item("swiss-chard", "Swiss chard", pack(BUNCH, 350, 12), "11147"),
  item("collard-greens", "Collard greens", pack(BUNCH, 450, 16), "11161"),
  item("mustard-greens", "Mustard greens", pack(BUNCH, 450, 16), "11270"),
  item("turnip-greens", "Turnip greens", pack(BUNCH, 450, 16), "11568"),
  item("beet-greens", "Beet greens", pack(BUNCH, 300, 10), "11086"),
  item("watercress", "Watercress", pack(BAG, 85, 4), "11591"),
  item("arugula", "Arugula", pack(BAG, 100, 5), "11959"),
  item("endive", "Endive", piece(513, "head", "heads"), "11213"),
  item("butterhead-lettuce", "Butterhead lettuce", piece(163, "head", "heads"), "11250"),
  item("romaine", "Romaine lettuce", piece(626, "head", "heads"), "11251"),
  item("iceberg", "Iceberg lettuce", piece(539, "head", "heads"), "11252"),
  item("green-leaf-lettuce", "Green leaf lettuce", piece(360, "head", "heads"), "11253"),
  item("cilantro", "Cilantro", HERB_BUNCH, "11165"),
  item("parsley", "Parsley", pack(BUNCH, 60, 2), "11297"),
  item("basil", "Basil", HERB_BUNCH, "02044"),
  item("dill", "Dill", HERB_BUNCH, "02045"),
  item("thyme", "Thyme", pack(BUNCH, 20, 0.75), "02049"),
  item("rosemary", "Rosemary", pack(BUNCH, 20, 0.75), "02063"),
  item("mint", "Mint", HERB_BUNCH, "02064"),
  item("sweet-corn", "Corn on the cob", piece(143, "ear", "ears"), "11167"),
  item("sweet-corn-canned", "Canned sweet corn", pack(CAN, 200, 7), "11172"),
  item("sweet-corn-frozen", "Frozen sweet corn", FROZEN_BAG, "11178"),
  item("cucumber", "Cucumbers", piece(301, "cucumber", "cucumbers"), "11205"),
  item("eggplant", "Eggplants", piece(458, "eggplant", "eggplants"), "11209"),
  item("edamame", "Frozen edamame", FROZEN_BAG, "11211", dry("11212", 1.097)),
  item("garlic", "Garlic", piece(36, "head", "heads", "retail"), "11215"),
  item("ginger", "Ginger root", LOOSE, "11216"),
  item("leeks", "Leeks", piece(89, "leek", "leeks"), "11246"),
  item("onions", "Onions", piece(110, "onion", "onions"), "11282"),
  item("scallions", "Scallions", pack(BUNCH, 100, 4), "11291"),
  item("shallots", "Shallots", pack(BAG, 250, 8), "11677"),
  item("fennel", "Fennel", piece(234, "bulb", "bulbs"), "11957"),
  item("mushrooms-white", "White mushrooms", pack(PUNNET, 250, 8), "11260"),
  item("mushrooms-cremini", "Cremini mushrooms", pack(PUNNET, 250, 8), "11266"),
  item("mushrooms-portabella", "Portabella mushrooms", piece(84, "mushroom", "mushrooms"), "11265"),
  item("mushrooms-shiitake", "Shiitake mushrooms", pack(PUNNET, 150, 5), "11238"),
  item("mushrooms-shiitake-dried", "Dried shiitake mushrooms", pack(BAG, 50, 2), "11268"),
  item("mushrooms-oyster", "Oyster mushrooms", pack(PUNNET, 150, 5), "11987"),
  item("mushrooms-maitake", "Maitake mushrooms", pack(PACK, 100, 3.5), "11993"),
  item("mushrooms-white-uv", "White mushrooms, UV-exposed", pack(PUNNET, 250, 8), "11938"),
  item("mushrooms-cremini-uv", "Cremini mushrooms, UV-exposed", pack(PUNNET, 250, 8), "11936"),
  item(
    "mushrooms-portabella-uv",
    "Portabella mushrooms, UV-exposed",
    piece(84, "mushroom", "mushrooms"),
    "11998",
    dry("11939", 1.301),
  ),
  item("mushrooms-canned", "Canned mushrooms", pack(CAN, 132, 4, "sr28"), "11264"),
  item("okra", "Okra", LOOSE, "11278"),
  item("parsnips", "Parsnips", LOOSE, "11298"),
  item("green-peas", "Green peas", LOOSE, "11304"),
  item("green-peas-frozen", "Frozen peas", FROZEN_BAG, "11312"),
  item("snow-peas", "Snow peas", pack(PACK, 150, 6), "11300"),
  item("peas-and-carrots-frozen", "Frozen peas and carrots", FROZEN_BAG, "11322"),
  item("mixed-vegetables-frozen", "Frozen mixed vegetables", FROZEN_BAG, "11583"),
  item("bell-pepper-green", "Green bell peppers", piece(119, "pepper", "peppers"), "11333"),
  item("bell-pepper-red", "Red bell peppers", piece(119, "pepper", "peppers"), "11821"),
  item("bell-pepper-yellow", "Yellow bell peppers", piece(186, "pepper", "peppers"), "11951"),
  item("jalapenos", "Jalapeño peppers", piece(14, "pepper", "peppers"), "11979"),
  item("red-chili", "Red chili peppers", piece(45, "chili", "chilies"), "11819"),
  item("potatoes", "Potatoes", piece(213, "potato", "potatoes"), "11352", dry("11674", 1.21)),
  item("red-potatoes", "Red potatoes", piece(213, "potato", "potatoes"), "11355"),
  item("french-fries-frozen", "Frozen French fries", pack(BAG, 750, 26), "11402"),
  item(
    "sweet-potatoes",
    "Sweet potatoes",
    piece(130, "sweet potato", "sweet potatoes"),
    "11507",
    dry("11508", 1.066),
  ),
  item("pumpkin", "Pumpkin", LOOSE, "11422"),
  item("butternut-squash", "Butternut squash", piece(1000, "squash", "squashes", "retail"), "11485"),
  item("acorn-squash", "Acorn squash", piece(431, "squash", "squashes"), "11482"),
  item("spaghetti-squash", "Spaghetti squash", piece(1500, "squash", "squashes", "retail"), "11492"),
  item("zucchini", "Zucchini", piece(196, "zucchini", "zucchini"), "11477"),
  item("yellow-squash", "Yellow summer squash", piece(196, "squash", "squashes"), "11467"),
  item("radishes", "Radishes", pack(BUNCH, 250, 8), "11429"),
  item("daikon", "Daikon radish", piece(338, "radish", "radishes"), "11430"),
  item("beets", "Beets", piece(82, "beet", "beets"), "11080"),
  item("artichokes", "Artichokes", piece(128, "artichoke", "artichokes"), "11007"),
  item("asparagus", "Asparagus", pack(BUNCH, 450, 16), "11011", kept("11012")),
  item("green-beans", "Green beans", LOOSE, "11052"),
  item("turnips", "Turnips", piece(122, "turnip", "turnips"), "11564"),
  item("bean-sprouts", "Mung bean sprouts", pack(PACK, 340, 12, "sr28"), "11043"),
  item("alfalfa-sprouts", "Alfalfa sprouts", pack(PACK, 100, 4), "11001"),
  item("tomatoes", "Tomatoes", piece(123, "tomato", "tomatoes"), "11529"),
  item("tomatoes-canned", "Canned tomatoes", pack(CAN, 400, 14.5), "11531"),
  item("tomatoes-crushed", "Crushed tomatoes", pack(CAN, 400, 28), "11693"),
  item("tomato-paste", "Tomato paste", pack(CAN, 140, 6), "11546"),
  item("tomato-sauce", "Tomato sauce", pack(CAN, 400, 15), "11549"),
  item("tomato-puree", "Tomato purée", pack(CAN, 500, 29), "11547"),
  item("tomato-juice", "Tomato juice", liquid(243), "11886"),
  item("kelp", "Kelp seaweed", pack(BAG, 50, 2), "11445"),
  item("nori", "Nori sheets", pack(PACK, 26, 1, "sr28"), "11446"),
  item("sauerkraut", "Sauerkraut", pack(JAR, 500, 16), "11439"),
  item("pickles", "Dill pickles", pack(JAR, 500, 24), "11937"),

  // Produce: fruit (whole fruit bought for juice: SR28 juice of one lemon 48 g, one lime 44 g, one
  // orange 86 g)
  item("apples", "Apples", piece(182, "apple", "apples"), "09003"),
  item("applesauce", "Applesauce", pack(JAR, 700, 24), "09019"),
  item("apricots", "Apricots", piece(35, "apricot", "apricots"), "09021"),
  item("dried-apricots", "Dried apricots", NUT_BAG, "09032"),
  item("avocados", "Avocados", piece(201, "avocado", "avocados"), "09037"),
  item("bananas", "Bananas", piece(118, "banana", "bananas"), "09040"),
  item("blackberries", "Blackberries", pack(PUNNET, 150, 6), "09042"),
  item("blueberries", "Blueberries", pack(PUNNET, 125, 6), "09050"),
  item("blueberries-frozen", "Frozen blueberries", pack(BAG, 500, 20), "09054"),
  item("cherries", "Cherries", LOOSE, "09070"),
  item("dried-cranberries", "Dried cranberries", NUT_BAG, "09079"),
  item("dates-deglet", "Deglet Noor dates", NUT_BAG, "09087"),
  item("dates-medjool", "Medjool dates", piece(24, "date", "dates"), "09421"),
  item("figs", "Figs", piece(50, "fig", "figs"), "09089"),
  item("dried-figs", "Dried figs", NUT_BAG, "09094"),
  item("grapefruit", "Grapefruit", piece(246, "grapefruit", "grapefruit"), "09111"),
  item("grapes", "Grapes", LOOSE, "09132"),
  item("kiwifruit", "Kiwifruit", piece(69, "kiwi", "kiwis"), "09148"),
  item("lemons", "Lemons", piece(58, "lemon", "lemons"), "09150", {
    ndbNo: "09152",
    factor: 58 / 48,
    method: "juice",
  }),
  item("limes", "Limes", piece(67, "lime", "limes"), "09159", {
    ndbNo: "09160",
    factor: 67 / 44,
    method: "juice",
  }),
  item("mango", "Mangoes", piece(336, "mango", "mangoes"), "09176"),
  item("cantaloupe", "Cantaloupe", piece(552, "melon", "melons"), "09181"),
  item("honeydew", "Honeydew melon", piece(1280, "melon", "melons"), "09184"),
  item("oranges", "Oranges", piece(131, "orange", "oranges"), "09200", {
    ndbNo: "09206",
    factor: 131 / 86,
    method: "juice",
  }),
  item("orange-juice", "Orange juice", liquid(249), "09209"),
  item("orange-juice-calcium", "Orange juice with calcium and vitamin D", liquid(249), "09210"),
  item("mandarins", "Mandarins", piece(88, "mandarin", "mandarins"), "09218"),
  item("papaya", "Papaya", piece(304, "papaya", "papayas"), "09226"),
  item("peaches", "Peaches", piece(150, "peach", "peaches"), "09236"),
  item("nectarines", "Nectarines", piece(142, "nectarine", "nectarines"), "09191"),
  item("pears", "Pears", piece(178, "pear", "pears"), "09252"),
  item("pineapple", "Pineapple", piece(905, "pineapple", "pineapples"), "09266"),
  item("plums", "Plums", piece(66, "plum", "plums"), "09279"),
  item("pomegranate", "Pomegranates", piece(282, "pomegranate", "pomegranates"), "09286"),
  item("prunes", "Prunes", NUT_BAG, "09291"),
  item("raisins", "Raisins", pack(BOX, 250, 12), "09298"),
  item("raspberries", "Raspberries", pack(PUNNET, 125, 6), "09302"),
  item("strawberries", "Strawberries", pack(PUNNET, 400, 16), "09316"),
  item("strawberries-frozen", "Frozen strawberries", FROZEN_BAG, "09318"),
  item("watermelon", "Watermelon", LOOSE, "09326"),
  item("black-olives", "Black olives", pack(CAN, 170, 6), "09193"),
  item("green-olives", "Green olives", pack(JAR, 200, 7), "09195"),
  item("coconut-fresh", "Coconut", piece(397, "coconut", "coconuts"), "12104"),

  // Legumes (cooked beans are bought dry; canned beans are their own product)
  item("black-beans", "Black beans, dry", GRAIN_BAG, "16014", dry("16015", 0.385)),
  item("black-beans-canned", "Black beans, canned", BEAN_CAN, "16018"),
  item("chickpeas", "Chickpeas, dry", GRAIN_BAG, "16056", dry("16057", 0.431)),
  item("chickpeas-canned", "Chickpeas, canned", BEAN_CAN, "16058"),
  item("lentils", "Lentils", GRAIN_BAG, "16069", dry("16070", 0.331)),
  item("red-lentils", "Red lentils", GRAIN_BAG, "16144"),
  item("kidney-beans", "Kidney beans, dry", GRAIN_BAG, "16027", dry("16028", 0.375)),
  item("kidney-beans-canned", "Kidney beans, canned", BEAN_CAN, "16029"),
  item("pinto-beans", "Pinto beans, dry", GRAIN_BAG, "16042", dry("16043", 0.418)),
  item("pinto-beans-canned", "Pinto beans, canned", BEAN_CAN, "16044"),
  item("navy-beans", "Navy beans, dry", GRAIN_BAG, "16037", dry("16038", 0.412), dry("16050", 0.42)),
  item("cannellini-canned", "Cannellini beans, canned", BEAN_CAN, "16051"),
  item("black-eyed-peas", "Black-eyed peas, dry", GRAIN_BAG, "16062"),
  item("split-peas", "Split peas", GRAIN_BAG, "16085", dry("16086", 0.334)),
  item("adzuki-beans", "Adzuki beans", GRAIN_BAG, "16001"),
  item("mung-beans", "Mung beans", GRAIN_BAG, "16080"),
  item("soybeans", "Soybeans, dry", GRAIN_BAG, "16108", dry("16109", 0.409)),
  item("soy-nuts", "Soy nuts", NUT_BAG, "16111"),
  item("baked-beans", "Baked beans", BEAN_CAN, "16006"),
  item("refried-beans", "Refried beans", pack(CAN, 430, 16), "16171"),
  item("chickpea-flour", "Chickpea flour", GRAIN_BAG, "16157"),
  item("peanuts", "Peanuts", NUT_BAG, "16087"),
  item("peanuts-roasted", "Roasted salted peanuts", NUT_BAG, "16090"),
  item("peanut-butter", "Peanut butter", pack(JAR, 340, 16), "16098", "16097"),
  item("soy-sauce", "Soy sauce", bottle(BOTTLE, 250, 10, 255), "16123"),
  item("tamari", "Tamari", bottle(BOTTLE, 250, 10, 288), "16124"),

  // Nuts and seeds
  item("almonds", "Almonds", NUT_BAG, "12061", "12063"),
  item("almond-butter", "Almond butter", pack(JAR, 340, 12), "12195"),
  item("cashews", "Cashews", NUT_BAG, "12085", "12087"),
  item("cashew-butter", "Cashew butter", pack(JAR, 340, 12), "12088"),
  item("pumpkin-seeds-whole", "Pumpkin seeds in the shell, roasted", NUT_BAG, "12163"),
  item("pepitas", "Pumpkin seeds (pepitas)", NUT_BAG, "12014", "12016"),
  item("chia-seeds", "Chia seeds", NUT_BAG, "12006"),
  item("flaxseed", "Flaxseed", pack(BAG, 250, 12), "12220"),
  item("hemp-seeds", "Hemp seeds", pack(BAG, 250, 8), "12012"),
  item("sesame-seeds", "Sesame seeds", pack(BAG, 100, 4), "12023", "12024"),
  item("tahini", "Tahini", pack(JAR, 300, 16), "12166"),
  item("sunflower-seeds", "Sunflower seeds", NUT_BAG, "12036", "12037"),
  item("sunflower-butter", "Sunflower seed butter", pack(JAR, 340, 16), "12040"),
  item("brazil-nuts", "Brazil nuts", NUT_BAG, "12078"),
  item("hazelnuts", "Hazelnuts", NUT_BAG, "12120"),
  item("macadamias", "Macadamia nuts", NUT_BAG, "12131"),
  item("pecans", "Pecans", NUT_BAG, "12142"),
  item("pine-nuts", "Pine nuts", pack(BAG, 100, 4), "12147"),
  item("pistachios", "Pistachios", NUT_BAG, "12151", "12152"),
  item("walnuts", "Walnuts", NUT_BAG, "12155"),
  item("chestnuts", "Roasted chestnuts", pack(PACK, 180, 5.2), "12167"),
  item("desiccated-coconut", "Desiccated coconut", NUT_BAG, "12108"),
  item("trail-mix", "Trail mix", NUT_BAG, "19059"),

  // Grains, pasta and cereals (cooked grains are bought dry)
  item("rolled-oats", "Rolled oats", pack(BAG, 500, 18), "08120", dry("08121", 0.184)),
  item("instant-oatmeal", "Instant oatmeal", pack(BOX, 280, 10), "08122"),
  item("oat-bran", "Oat bran", GRAIN_BAG, "20033"),
  item("buckwheat", "Buckwheat groats", GRAIN_BAG, "20008"),
  item("kasha", "Kasha (roasted buckwheat)", GRAIN_BAG, "20009", dry("20010", 0.266)),
  item("buckwheat-flour", "Buckwheat flour", GRAIN_BAG, "20011"),
  item("quinoa", "Quinoa", GRAIN_BAG, "20035", dry("20137", 0.327)),
  item("brown-rice", "Brown rice", pack(BAG, 1000, 32), "20036", dry("20037", 0.337)),
  item("white-rice", "White rice, long-grain", pack(BAG, 1000, 32), "20044", dry("20045", 0.357)),
  item("sushi-rice", "Sushi rice", pack(BAG, 1000, 32), "20052"),
  item("wild-rice", "Wild rice", GRAIN_BAG, "20088", dry("20089", 0.283)),
  item("millet", "Millet", GRAIN_BAG, "20031", dry("20032", 0.313)),
  item("barley-hulled", "Hulled barley", GRAIN_BAG, "20004"),
  item("pearl-barley", "Pearl barley", GRAIN_BAG, "20005", dry("20006", 0.347)),
  item("bulgur", "Bulgur", GRAIN_BAG, "20012", dry("20013", 0.244)),
  item("couscous", "Couscous", GRAIN_BAG, "20028", dry("20029", 0.3)),
  item("whole-wheat-pasta", "Whole-wheat pasta", GRAIN_BAG, "20124", dry("20125", 0.416)),
  item("pasta", "Pasta", GRAIN_BAG, "20120", dry("20121", 0.42)),
  item("egg-noodles", "Egg noodles", pack(BAG, 340, 12), "20109"),
  item("soba", "Soba noodles", pack(PACK, 250, 8), "20114"),
  item("rice-noodles", "Rice noodles", pack(PACK, 250, 8), "20133"),
  item("cornmeal", "Cornmeal", GRAIN_BAG, "20020"),
  item("grits", "Grits", GRAIN_BAG, "08090"),
  item("amaranth", "Amaranth", GRAIN_BAG, "20001"),
  item("teff", "Teff", GRAIN_BAG, "20142"),
  item("spelt", "Spelt", GRAIN_BAG, "20140"),
  item("rye-grain", "Rye grain", GRAIN_BAG, "20062"),
  item("whole-wheat-flour", "Whole-wheat flour", pack(BAG, 1000, 32), "20080"),
  item("flour", "All-purpose flour", pack(BAG, 1000, 32), "20081"),
  item("wheat-germ", "Wheat germ", pack(JAR, 340, 12), "20078"),
  item("brown-rice-flour", "Brown rice flour", GRAIN_BAG, "20090"),
  item("cornstarch", "Cornstarch", pack(BOX, 400, 16), "20027"),
  item("whole-wheat-bread", "Whole-wheat bread", pack(LOAF, 800, 20), "18075"),
  item("wheat-bread", "Wheat bread", pack(LOAF, 800, 20), "18064"),
  item("white-bread", "White bread", pack(LOAF, 800, 20), "18069"),
  item("rye-bread", "Rye bread", pack(LOAF, 500, 16), "18060"),
  item("pumpernickel", "Pumpernickel bread", pack(LOAF, 500, 16), "18044"),
  item("baguette", "Baguette", piece(250, "baguette", "baguettes", "retail"), "18029"),
  item("italian-bread", "Italian bread", pack(LOAF, 450, 16), "18033"),
  item("oatmeal-bread", "Oatmeal bread", pack(LOAF, 680, 24), "18039"),
  item("pita-white", "Pita bread", piece(60, "pita", "pitas"), "18041"),
  item("pita-whole-wheat", "Whole-wheat pita", piece(64, "pita", "pitas"), "18042"),
  item("english-muffins-whole-wheat", "Whole-wheat English muffins", piece(66, "muffin", "muffins"), "18266"),
  item("english-muffins", "English muffins", piece(57, "muffin", "muffins"), "18258"),
  item("bagels", "Bagels", piece(105, "bagel", "bagels"), "18406"),
  item("corn-tortillas", "Corn tortillas", piece(26, "tortilla", "tortillas"), "18363"),
  item("flour-tortillas", "Flour tortillas", piece(48, "tortilla", "tortillas"), "18364"),
  item("dinner-rolls", "Whole-wheat dinner rolls", piece(28, "roll", "rolls"), "18348"),
  item("burger-buns", "Hamburger buns", piece(44, "bun", "buns"), "18350"),
  item("challah", "Challah", pack(LOAF, 450, 16), "18027"),
  item("croissants", "Croissants", piece(57, "croissant", "croissants"), "18239"),
  item("rye-crispbread", "Rye crispbread", pack(BOX, 250, 8), "18216"),
  item("whole-wheat-crackers", "Whole-wheat crackers", pack(BOX, 250, 9), "18235"),
  item("saltines", "Saltine crackers", pack(BOX, 300, 16), "18228"),
  item("rice-cakes", "Brown rice cakes", pack(PACK, 130, 4.9), "19816"),
  item("popcorn", "Popcorn kernels", GRAIN_BAG, "19034"),
  item("pretzels", "Pretzels", pack(BAG, 300, 16), "19047"),
  item("cheerios", "Cheerios", CEREAL_BOX, "08013"),
  item("honey-nut-cheerios", "Honey Nut Cheerios", CEREAL_BOX, "08045"),
  item("all-bran", "All-Bran Original", CEREAL_BOX, "08001"),
  item("corn-flakes", "Corn Flakes", CEREAL_BOX, "08020"),
  item("total", "Whole Grain Total", CEREAL_BOX, "08077"),
  item("wheaties", "Wheaties", CEREAL_BOX, "08089"),
  item("raisin-bran", "Raisin Bran", CEREAL_BOX, "08060"),
  item("bran-flakes", "Bran Flakes", CEREAL_BOX, "08029"),
  item("wheat-chex", "Wheat Chex", CEREAL_BOX, "08082"),
  item("corn-chex", "Corn Chex", CEREAL_BOX, "08019"),
  item("rice-chex", "Rice Chex", CEREAL_BOX, "08064"),
  item("rice-krispies", "Rice Krispies", CEREAL_BOX, "08065"),
  item("grape-nuts-flakes", "Grape-Nuts Flakes", CEREAL_BOX, "08039"),
  item("mini-wheats", "Mini-Wheats, unfrosted", CEREAL_BOX, "08384"),
  item("shredded-wheat", "Shredded wheat", CEREAL_BOX, "08148"),

  // Meat and fish (cooked forms bought raw; tins are their own products)
  item("salmon-wild", "Wild Atlantic salmon", LOOSE, "15076"),
  item("salmon-farmed", "Farmed Atlantic salmon", LOOSE, "15236", dry("15237", 1.004)),
  item("salmon-sockeye", "Sockeye salmon", LOOSE, "15085", dry("15086", 1.19)),
  item("smoked-salmon", "Smoked salmon", pack(PACK, 100, 4), "15077"),
  item(
    "salmon-canned-pink",
    "Canned pink salmon",
    pack(CAN, 411, 14.75, "sr28"),
    "15084",
    pair("15260", 411 / 315),
  ),
  item("salmon-canned-sockeye", "Canned sockeye salmon", pack(CAN, 213, 7.5), "15087"),
  item("salmon-canned-boneless", "Canned sockeye salmon, skinless and boneless", pack(CAN, 170, 6), "15264"),
  item("sardines-oil", "Sardines in oil", pack(CAN, 120, 3.75), "15088"),
  item("sardines-tomato", "Sardines in tomato sauce", pack(CAN, 370, 15, "sr28"), "15089"),
  item("tuna-yellowfin", "Yellowfin tuna", LOOSE, "15127"),
  item("tuna-water", "Light tuna in water", pack(CAN, 120, 5), "15121"),
  item("tuna-oil", "Light tuna in oil", pack(CAN, 120, 5), "15119"),
  item("tuna-albacore", "Albacore tuna in water", pack(CAN, 172, 5, "sr28"), "15126"),
  item("cod", "Cod", LOOSE, "15015", dry("15016", 1.282)),
  item("mackerel", "Mackerel", LOOSE, "15046", dry("15047", 1.282)),
  item("mackerel-canned", "Canned mackerel", pack(CAN, 125, 15), "15048"),
  item("trout", "Rainbow trout", LOOSE, "15240", dry("15241", 1.194)),
  item("herring", "Herring", LOOSE, "15039"),
  item("pickled-herring", "Pickled herring", pack(JAR, 300, 12), "15041"),
  item("kippers", "Kippered herring", pack(PACK, 200, 7), "15042"),
  item("anchovies", "Anchovies in oil", pack(CAN, 50, 2), "15002"),
  item("halibut", "Halibut", LOOSE, "15036"),
  item("haddock", "Haddock", LOOSE, "15033"),
  item("tilapia", "Tilapia", LOOSE, "15261", dry("15262", 1.296)),
  item("pollock", "Alaska pollock", LOOSE, "15066"),
  item("catfish", "Catfish", LOOSE, "15234"),
  item("flounder", "Flounder or sole", LOOSE, "15028"),
  item("swordfish", "Swordfish", LOOSE, "15110"),
  item("sea-bass", "Sea bass", LOOSE, "15091"),
  item("shrimp", "Raw shrimp", LOOSE, "15149"),
  item("shrimp-cooked", "Cooked shrimp", LOOSE, "15151"),
  item("mussels", "Mussels", LOOSE, "15164", dry("15165", 2.001)),
  item("clams", "Clams", LOOSE, "15157"),
  item("clams-canned", "Canned clams", pack(CAN, 180, 6.5), "15160"),
  item("oysters", "Oysters", LOOSE, "15167"),
  item("scallops", "Scallops", LOOSE, "15172"),
  item("squid", "Squid", LOOSE, "15175"),
  item("lobster", "Lobster", LOOSE, "15148"),
  item("crab-canned", "Canned crab meat", pack(CAN, 170, 6), "15141"),
  item("chicken-breast", "Chicken breast, skinless", LOOSE, "05062", dry("05064", 1.331)),
  item("rotisserie-chicken", "Rotisserie chicken breast", LOOSE, "05342"),
  item("chicken-thighs", "Chicken thighs, skinless", LOOSE, "05096"),
  item("ground-chicken", "Ground chicken", LOOSE, "05332"),
  item("chicken-liver", "Chicken liver", LOOSE, "05027"),
  item("chicken-canned", "Canned chicken", pack(CAN, 200, 12.5), "05311"),
  item("ground-turkey", "Ground turkey", LOOSE, "05305", "05665"),
  item("turkey-breast", "Turkey breast", LOOSE, "05219", dry("05220", 1.279)),
  item("turkey-deli", "Sliced turkey breast", pack(PACK, 150, 8), "07081"),
  item("ground-beef-grass-fed", "Ground beef, grass-fed", LOOSE, "13047"),
  item("ground-beef", "Ground beef, 70% lean", LOOSE, "13498"),
  item("flank-steak", "Flank steak", LOOSE, "13068"),
  item("sirloin", "Top sirloin steak", LOOSE, "13931"),
  item("strip-steak", "Grass-fed strip steak", LOOSE, "13000"),
  item("beef-chuck", "Beef chuck", LOOSE, "13294"),
  item("beef-liver", "Beef liver", LOOSE, "13325", dry("13326", 1.411)),
  item("roast-beef-deli", "Sliced roast beef", pack(PACK, 150, 8), "07043"),
  item("pork-tenderloin", "Pork tenderloin", LOOSE, "10060"),
  item("pork-chops", "Boneless pork chops", LOOSE, "10094"),
  item("ground-pork", "Ground pork", LOOSE, "10219"),
  item("bacon", "Bacon", pack(PACK, 200, 12), "10123"),
  item("canadian-bacon", "Canadian bacon", pack(PACK, 170, 6), "10130"),
  item("ham", "Sliced ham", pack(PACK, 150, 8), "07029"),
  item("italian-sausage", "Italian sausages", piece(113, "sausage", "sausages"), "07036"),
  item("chorizo", "Chorizo", pack(PACK, 200, 9), "07019"),
  item("ground-lamb", "Ground lamb", LOOSE, "17224"),
  item("lamb-leg", "Lamb leg", LOOSE, "17013"),
  item("lamb-loin", "Lamb loin", LOOSE, "17026"),
  item("lamb-cubes", "Lamb for stew", LOOSE, "17059"),

  // Tins, jars, oils, spices and the rest
  item("chicken-broth", "Chicken broth", bottle(CARTON, 1000, 32, 249), "06194"),
  item("beef-broth", "Beef broth", bottle(CARTON, 1000, 32, 240), "06008"),
  item("vegetable-broth", "Vegetable broth", bottle(CARTON, 1000, 32, 221), "06700"),
  item("olive-oil", "Olive oil", bottle(BOTTLE, 500, 16.9, 216), "04053"),
  item("canola-oil", "Canola oil", bottle(BOTTLE, 1000, 32, 218), "04582"),
  item("sesame-oil", "Sesame oil", bottle(BOTTLE, 250, 8, 218), "04058"),
  item("coconut-oil", "Coconut oil", pack(JAR, 400, 14), "04047"),
  item("avocado-oil", "Avocado oil", bottle(BOTTLE, 500, 16.9, 218), "04581"),
  item("lard", "Lard", pack(BLOCK, 250, 16), "04002"),
  item("mayonnaise", "Mayonnaise", pack(JAR, 400, 15), "04025"),
  item("basil-dried", "Dried basil", pack(JAR, 15, 0.5), "02003"),
  item("bay-leaves", "Bay leaves", pack(JAR, 5, 0.2), "02004"),
  item("chili-powder", "Chili powder", SPICE_JAR, "02009"),
  item("cinnamon", "Ground cinnamon", SPICE_JAR, "02010"),
  item("cloves", "Ground cloves", SPICE_JAR, "02011"),
  item("coriander-seed", "Coriander seed", SPICE_JAR, "02013"),
  item("cumin", "Cumin seed", SPICE_JAR, "02014"),
  item("curry-powder", "Curry powder", SPICE_JAR, "02015"),
  item("dill-dried", "Dried dill", pack(JAR, 15, 0.5), "02017"),
  item("garlic-powder", "Garlic powder", SPICE_JAR, "02020"),
  item("ginger-ground", "Ground ginger", SPICE_JAR, "02021"),
  item("nutmeg", "Ground nutmeg", SPICE_JAR, "02025"),
  item("onion-powder", "Onion powder", SPICE_JAR, "02026"),
  item("oregano", "Dried oregano", pack(JAR, 15, 0.5), "02027"),
  item("paprika", "Paprika", SPICE_JAR, "02028"),
  item("parsley-dried", "Dried parsley", pack(JAR, 10, 0.3), "02029"),
  item("black-pepper", "Black pepper", pack(JAR, 50, 2), "02030"),
  item("cayenne", "Cayenne pepper", SPICE_JAR, "02031"),
  item("rosemary-dried", "Dried rosemary", pack(JAR, 20, 0.7), "02036"),
  item("sage", "Ground sage", pack(JAR, 15, 0.5), "02038"),
  item("thyme-dried", "Dried thyme", pack(JAR, 15, 0.5), "02042"),
  item("turmeric", "Ground turmeric", SPICE_JAR, "02043"),
  item("cardamom", "Ground cardamom", SPICE_JAR, "02006"),
  item("poppy-seeds", "Poppy seeds", SPICE_JAR, "02033"),
  item("fennel-seed", "Fennel seed", SPICE_JAR, "02018"),
  item("caraway-seed", "Caraway seed", SPICE_JAR, "02005"),
  item("pumpkin-pie-spice", "Pumpkin pie spice", SPICE_JAR, "02035"),
  item("salt", "Salt", pack(BOX, 750, 26), "02047"),
  item("apple-cider-vinegar", "Apple cider vinegar", bottle(BOTTLE, 500, 16, 239), "02048"),
  item("white-vinegar", "White vinegar", bottle(BOTTLE, 1000, 32, 238), "02053"),
  item("red-wine-vinegar", "Red wine vinegar", bottle(BOTTLE, 500, 12.7, 239), "02068"),
  item("balsamic", "Balsamic vinegar", bottle(BOTTLE, 250, 8.5, 255), "02069"),
  item("mustard", "Yellow mustard", pack(BOTTLE, 250, 8), "02046"),
  item("capers", "Capers", pack(JAR, 100, 3.5), "02054"),
  item("horseradish", "Prepared horseradish", pack(JAR, 150, 6), "02055"),
  item("vanilla", "Vanilla extract", bottle(BOTTLE, 60, 2, 208), "02050"),
  item("marinara", "Marinara sauce", pack(JAR, 680, 24), "06931"),
  item("salsa", "Salsa", pack(JAR, 300, 16), "06164"),
  item("pesto", "Pesto", pack(JAR, 190, 6.7), "06627"),
  item("teriyaki", "Teriyaki sauce", bottle(BOTTLE, 250, 10, 288), "06112"),
  item("hoisin", "Hoisin sauce", pack(JAR, 250, 8.5), "06175"),
  item("fish-sauce", "Fish sauce", bottle(BOTTLE, 200, 6.8, 288), "06179"),
  item("sriracha", "Sriracha", pack(BOTTLE, 450, 17), "06631"),
  item("worcestershire", "Worcestershire sauce", bottle(BOTTLE, 150, 5, 275), "06971"),
  item("bbq-sauce", "Barbecue sauce", pack(BOTTLE, 500, 18), "06150"),
  item("ketchup", "Ketchup", pack(BOTTLE, 500, 20), "11935"),
  item("honey", "Honey", pack(JAR, 340, 12), "19296"),
  item("maple-syrup", "Maple syrup", bottle(BOTTLE, 250, 12.5, 320), "19353"),
  item("brown-sugar", "Brown sugar", pack(BAG, 500, 32), "19334"),
  item("sugar", "Sugar", pack(BAG, 1000, 64), "19335"),
  item("jam", "Jam", pack(JAR, 340, 12), "19297"),
  item("cocoa", "Cocoa powder, unsweetened", pack(BOX, 250, 8), "19165"),
  item("dark-chocolate-70", "Dark chocolate, 70–85 % cacao", pack(["bar", "bars"], 100, 3.5), "19904"),
  item("dark-chocolate-60", "Dark chocolate, 60–69 % cacao", pack(["bar", "bars"], 100, 3.5), "19903"),
  item("dark-chocolate-45", "Dark chocolate, 45–59 % cacao", pack(["bar", "bars"], 100, 3.5), "19902"),
  item("chocolate-chips", "Semisweet chocolate chips", pack(BAG, 200, 12), "19080"),
  item("milk-chocolate", "Milk chocolate", pack(["bar", "bars"], 100, 1.55), "19120"),
  item("yeast", "Active dry yeast", pack(["sachet", "sachets"], 7, 0.25), "18375"),
  item("baking-powder", "Baking powder", pack(["tin", "tins"], 170, 8), "18369"),
  item("baking-soda", "Baking soda", pack(BOX, 500, 16), "18372"),
  // Brewing: 55 g ground coffee per litre of coffee; one 2 g tea bag per 240 ml cup.
  item("coffee", "Ground coffee", pack(BAG, 250, 12), { ndbNo: "14209", factor: 0.055, method: "brewing" }),
  item("black-tea", "Black tea bags", piece(2, "tea bag", "tea bags", "retail"), {
    ndbNo: "14355",
    factor: 2 / 240,
    method: "brewing",
  }),
  item("green-tea", "Green tea bags", piece(2, "tea bag", "tea bags", "retail"), {
    ndbNo: "14278",
    factor: 2 / 240,
    method: "brewing",
  }),
]);

export interface PurchaseLookup {
  item: PurchasableItem;
  form: PurchaseForm;
}

const BY_NDB_NO: ReadonlyMap<string, PurchaseLookup> = new Map(
  PURCHASABLE_ITEMS.flatMap((entry) =>
    entry.forms.map((form) => [form.ndbNo, { item: entry, form }] as const),
  ),
);

/** The item a food is bought as, and the grams of it per gram of the food; undefined when unmapped. */
export function purchaseOf(ndbNo: string | null): PurchaseLookup | undefined {
  return ndbNo === null ? undefined : BY_NDB_NO.get(ndbNo);
}
