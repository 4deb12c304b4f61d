// Units of ingredient lines, in the canonical names the rest of the parser uses. Masses convert to grams
// exactly; volumes to millilitres (US customary: 1 cup = 236.6 ml, 1 tbsp = 14.79 ml, 1 tsp = 4.93 ml).

export type MassUnit = "g" | "kg" | "mg" | "oz" | "lb";
export type VolumeUnit =
  "ml" | "l" | "dl" | "cl" | "tsp" | "tbsp" | "cup" | "fl oz" | "pint" | "quart" | "gallon";
/** A count unit: the food comes in pieces ("3 cloves", "2 slices", "1 can"). */
export type CountUnit =
  | "clove"
  | "slice"
  | "piece"
  | "can"
  | "package"
  | "jar"
  | "bunch"
  | "head"
  | "stalk"
  | "sprig"
  | "leaf"
  | "handful"
  | "pinch"
  | "dash"
  | "fillet"
  | "breast"
  | "thigh"
  | "link"
  | "ear"
  | "stick";
export type Unit = MassUnit | VolumeUnit | CountUnit;

export const GRAMS_PER: Record<MassUnit, number> = { g: 1, kg: 1000, mg: 0.001, oz: 28.3495, lb: 453.592 };

export const ML_PER: Record<VolumeUnit, number> = {
  ml: 1,
  l: 1000,
  dl: 100,
  cl: 10,
  tsp: 4.929,
  tbsp: 14.787,
  cup: 236.588,
  "fl oz": 29.574,
  pint: 473.176,
  quart: 946.353,
  gallon: 3785.41,
};

export const isMassUnit = (unit: Unit | null): unit is MassUnit => unit !== null && unit in GRAMS_PER;
export const isVolumeUnit = (unit: Unit | null): unit is VolumeUnit => unit !== null && unit in ML_PER;

/** Spellings (lower case, singular or plural) → canonical unit. */
const UNIT_WORDS: Record<string, Unit> = {
  g: "g",
  gr: "g",
  gram: "g",
  grams: "g",
  gramme: "g",
  grammes: "g",
  kg: "kg",
  kilo: "kg",
  kilos: "kg",
  kilogram: "kg",
  kilograms: "kg",
  mg: "mg",
  milligram: "mg",
  milligrams: "mg",
  oz: "oz",
  ounce: "oz",
  ounces: "oz",
  lb: "lb",
  lbs: "lb",
  pound: "lb",
  pounds: "lb",
  ml: "ml",
  milliliter: "ml",
  milliliters: "ml",
  millilitre: "ml",
  millilitres: "ml",
  l: "l",
  liter: "l",
  liters: "l",
  litre: "l",
  litres: "l",
  dl: "dl",
  cl: "cl",
  tsp: "tsp",
  tsps: "tsp",
  teaspoon: "tsp",
  teaspoons: "tsp",
  tbsp: "tbsp",
  tbsps: "tbsp",
  tbs: "tbsp",
  tbl: "tbsp",
  tablespoon: "tbsp",
  tablespoons: "tbsp",
  cup: "cup",
  cups: "cup",
  "fl oz": "fl oz",
  "fluid ounce": "fl oz",
  "fluid ounces": "fl oz",
  pint: "pint",
  pints: "pint",
  pt: "pint",
  quart: "quart",
  quarts: "quart",
  qt: "quart",
  gallon: "gallon",
  gallons: "gallon",
  clove: "clove",
  cloves: "clove",
  slice: "slice",
  slices: "slice",
  piece: "piece",
  pieces: "piece",
  can: "can",
  cans: "can",
  tin: "can",
  tins: "can",
  package: "package",
  packages: "package",
  pkg: "package",
  packet: "package",
  packets: "package",
  pack: "package",
  bag: "package",
  bags: "package",
  box: "package",
  carton: "package",
  block: "package",
  jar: "jar",
  jars: "jar",
  bottle: "jar",
  bunch: "bunch",
  bunches: "bunch",
  head: "head",
  heads: "head",
  stalk: "stalk",
  stalks: "stalk",
  rib: "stalk",
  ribs: "stalk",
  sprig: "sprig",
  sprigs: "sprig",
  leaf: "leaf",
  leaves: "leaf",
  handful: "handful",
  handfuls: "handful",
  pinch: "pinch",
  pinches: "pinch",
  dash: "dash",
  dashes: "dash",
  fillet: "fillet",
  fillets: "fillet",
  filet: "fillet",
  filets: "fillet",
  breast: "breast",
  breasts: "breast",
  thigh: "thigh",
  thighs: "thigh",
  link: "link",
  links: "link",
  ear: "ear",
  ears: "ear",
  stick: "stick",
  sticks: "stick",
};

export function unitOf(word: string | null | undefined): Unit | null {
  if (!word) return null;
  return UNIT_WORDS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}
