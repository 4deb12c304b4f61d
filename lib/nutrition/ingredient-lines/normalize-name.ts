// Food names as comparable words: lower case, no accents, singular, British and American names folded to
// one (courgette → zucchini), preparation words dropped, the state (raw, cooked, canned…) kept apart.

export type FoodState = "raw" | "cooked" | "canned" | "dried" | "frozen";

/** Two-word and one-word synonyms, applied to whole words; the right side is the catalogue's word. */
const PHRASE_SYNONYMS: [RegExp, string][] = [
  [/\bgarbanzo(?: bean)?s?\b/g, "chickpea"],
  [/\bcoriander (?:leaf|leaves)\b/g, "cilantro"],
  [/\bfresh coriander\b/g, "fresh cilantro"],
  [/\bspring onions?\b/g, "scallion"],
  [/\bgreen onions?\b/g, "scallion"],
  [/\bcourgettes?\b/g, "zucchini"],
  [/\baubergines?\b/g, "eggplant"],
  [/\bcapsicums?\b/g, "bell pepper"],
  [/\b(?:red )?chil[il]i? flakes\b/g, "red chili pepper"],
  [/\bred pepper flakes\b/g, "red chili pepper"],
  [/\bcrushed red pepper\b/g, "red chili pepper"],
  [/\b(red|green|yellow) peppers?\b/g, "$1 bell pepper"],
  [/\bkiwis?\b/g, "kiwifruit"],
  [/\bmiso paste\b/g, "miso"],
  [/\binstant oats\b/g, "rolled oat"],
  [/\brolled oats\b/g, "rolled oat"],
  [/\bsweet peppers?\b/g, "bell pepper"],
  [/\brocket\b/g, "arugula"],
  [/\bswede\b/g, "turnip"],
  [/\bbeetroots?\b/g, "beet"],
  [/\bmangetouts?\b/g, "snow pea"],
  [/\bsultanas?\b/g, "raisin"],
  [/\bpepitas?\b/g, "pumpkin seed"],
  [/\bplain flour\b/g, "all purpose flour"],
  [/\bwholemeal flour\b/g, "whole wheat flour"],

  [/\bcorn ?flour\b/g, "cornstarch"],
  [/\bcaster sugar\b/g, "sugar"],
  [/\bgranulated sugar\b/g, "sugar"],
  [/\bwhite sugar\b/g, "sugar"],
  [/\bicing sugar\b/g, "sugar"],
  [/\bdouble cream\b/g, "heavy whipping cream"],
  [/\bheavy cream\b/g, "heavy whipping cream"],
  [/\bwhipping cream\b/g, "heavy whipping cream"],
  [/\bprawns?\b/g, "shrimp"],
  [/\bminced (beef|pork|lamb|chicken|turkey)\b/g, "ground $1"],
  [/\bbeef mince\b/g, "ground beef"],
  [/\b(beef|pork|lamb|chicken|turkey) mince\b/g, "ground $1"],
  [/\bstock\b/g, "broth"],
  [/\bbouillon\b/g, "broth"],
  [/\bchilli\b/g, "chili"],
  [/\bchile\b/g, "chili"],
  [/\bjalapenos?\b/g, "jalapeno pepper"],
  [/\bgarlic cloves?\b/g, "garlic"],
  [/\bcloves? garlic\b/g, "garlic"],
  [/\bfresh ginger\b/g, "ginger root"],
  [/\bginger root\b/g, "ginger root"],
  [/\bsoya\b/g, "soy"],
  [/\bsoy ?bean\b/g, "soybean"],
  [/\bnutritional yeast\b/g, "nutritional yeast"],
  [/\bmaple syrup\b/g, "maple syrup"],
  [/\bporridge oats\b/g, "rolled oat"],
  [/\bold[- ]fashioned oats\b/g, "rolled oat"],
  [/\bquick oats\b/g, "rolled oat"],
  [/\bextra[- ]virgin olive oil\b/g, "olive oil"],
  [/\bevoo\b/g, "olive oil"],
  [/\bvegetable oil\b/g, "canola oil"],
  [/\brapeseed oil\b/g, "canola oil"],
  [/\bcannellini\b/g, "cannellini white bean"],
  [/\bbutter beans?\b/g, "white bean"],
  [/\bgreek[- ]style yogurt\b/g, "greek yogurt"],
  [/\byoghurt\b/g, "yogurt"],
  [/\bparmigiano(?:[- ]reggiano)?\b/g, "parmesan"],
  [/\bself[- ]raising\b/g, "all purpose"],
  [/\bbicarbonate of soda\b/g, "baking soda"],
  [/\bbicarb(?:onate)? soda\b/g, "baking soda"],
  [/\btinned\b/g, "canned"],
  [/\bkidney beans?\b/g, "kidney bean"],
  [/\bpak choi\b/g, "bok choy"],
  [/\bgreen beans?\b/g, "green bean"],
  [/\bstring beans?\b/g, "green bean"],
  [/\bharicots? verts?\b/g, "green bean"],
  [/\bmaize\b/g, "corn"],
  [/\bsweetcorn\b/g, "sweet corn"],
  [/\bcorn kernels?\b/g, "sweet corn"],
  [/\bpeanut butter\b/g, "peanut butter"],
  [/\bscallions?\b/g, "scallion"],
];

const STATE_WORDS: Record<string, FoodState> = {
  raw: "raw",
  fresh: "raw",
  uncooked: "raw",
  cooked: "cooked",
  boiled: "cooked",
  steamed: "cooked",
  roasted: "cooked",
  baked: "cooked",
  grilled: "cooked",
  braised: "cooked",
  fried: "cooked",
  scrambled: "cooked",
  poached: "cooked",
  "hard-boiled": "cooked",
  leftover: "cooked",
  canned: "canned",
  can: "canned",
  drained: "canned",
  dried: "dried",
  dry: "dried",
  frozen: "frozen",
};

/** Words that say how a food is cut or handled, or how much: never part of its name here. */
const IGNORED = new Set(
  (
    "minced chopped finely roughly coarsely diced sliced thinly thickly grated shredded peeled seeded deseeded " +
    "cored pitted trimmed rinsed pressed crumbled cubed cube halved quartered torn julienned softened melted " +
    "room temperature beaten lightly whisked divided plus more serving garnish optional about approximately " +
    "large small medium extra big jumbo good quality organic ripe packed loosely firmly heaping level scant " +
    "of and or the a an to taste into in for with your favorite favourite preferably such as cut piece pieces " +
    "chunk chunks inch cm thick thin wedge wedges ring rings strip strips matchstick matchsticks bite size sized " +
    "handful pinch dash sprinkle drizzle splash few some store bought homemade warm cold hot lukewarm boiling " +
    "freshly ground squeezed zested juiced washed dry-roasted toasted fillet fillets filet filets"
  ).split(" "),
);

const STOP_WORDS = new Set(["and", "of", "the", "a", "with", "in", "or"]);

/** Words kept in names that sound like preparation but name a different food. */
const KEPT_IN_NAMES = new Set(["ground", "dried", "roasted", "toasted", "crushed", "smoked", "dry-roasted"]);

const IRREGULAR: Record<string, string> = {
  leaves: "leaf",
  halves: "half",
  loaves: "loaf",
  potatoes: "potato",
  tomatoes: "tomato",
  mangoes: "mango",
  hummus: "hummus",
  couscous: "couscous",
  asparagus: "asparagus",
  molasses: "molasses",
  swiss: "swiss",
  grits: "grits",
  brussels: "brussels",
  chives: "chive",
  anchovies: "anchovy",
  radishes: "radish",
  peaches: "peach",
  squash: "squash",
  hash: "hash",
  cheeses: "cheese",
  glass: "glass",
  bass: "bass",
  watercress: "watercress",
  citrus: "citrus",
  octopus: "octopus",
  lettuce: "lettuce",
  pasta: "pasta",
  feta: "feta",
};

export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** Lower case, accents gone ("Jalapeño" → "jalapeno"), punctuation as spaces, hyphens kept. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9\s]/g, " ")
    .replace(/\b\d+(?:[-–]\d+)?%?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function applySynonyms(folded: string): string {
  let out = ` ${folded} `;
  for (const [pattern, replacement] of PHRASE_SYNONYMS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}

export interface NormalizedName {
  /** Content words, singular, synonyms applied, without state and preparation words. */
  words: string[];
  /** The state the text names, if any. */
  state: FoodState | null;
}

/**
 * The words of a food's name (the catalogue's or a line's). For a line, preparation words are dropped;
 * for a catalogue name they are kept when they name the food ("ground cinnamon", "roasted almonds").
 */
export function normalizeName(text: string, options: { catalogue?: boolean } = {}): NormalizedName {
  const words: string[] = [];
  let state: FoodState | null = null;
  for (const raw of applySynonyms(foldText(text)).split(" ")) {
    if (!raw || raw === "-") continue;
    const word = singular(raw.replace(/^-+|-+$/g, ""));
    const named = STATE_WORDS[word] ?? STATE_WORDS[raw];
    if (named) state ??= named;
    // "roasted almonds", "dried basil", "ground cinnamon" name the food: the word stays beside the state.
    if (named && !KEPT_IN_NAMES.has(raw)) continue;
    if (options.catalogue ? STOP_WORDS.has(raw) : IGNORED.has(raw) && !KEPT_IN_NAMES.has(raw)) continue;
    words.push(word);
  }
  return { words, state };
}

/** The state of a line from its words and notes ("cooked quinoa", "chickpeas, drained"). */
export function stateOf(text: string): FoodState | null {
  return normalizeName(text).state;
}
