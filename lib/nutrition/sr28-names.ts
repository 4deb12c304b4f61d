// Readable names from SR28 short descriptions. Pure: no framework or database imports.
// ---------------------------------------------------------------------------------------------------
// Readable names: "SPINACH,RAW" -> "Spinach, raw", "MILK,WHL,3.25% MILKFAT,W/ ADDED VIT D" ->
// "Milk, whole, 3.25% milkfat, with added vitamin D".

/**
 * SR28 abbreviations (upper case, as they appear between separators) and what they stand for; the few
 * whose meaning depends on their neighbours are in `contextualWord`. Tested in
 * tests/unit/nutrition/sr28-names.test.ts.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
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
  BRD: "bread",
  BRDING: "breading",
  BRGR: "burger",
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
  CHCKN: "chicken",
  CHDR: "cheddar",
  CHOIC: "choice",
  CHICK: "chicken",
  CHOC: "chocolate",
  CHOL: "cholesterol",
  CHOPD: "chopped",
  CHS: "cheese",
  CKD: "cooked",
  CLM: "clam",
  CRMBL: "crumbles",
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
  ENGL: "england",
  ENR: "enriched",
  EX: "extra",
  FLAV: "flavored",
  FLR: "flour",
  FORT: "fortified",
  FRANKS: "frankfurters",
  FSH: "fish",
  "FLT-O-FSH": "filet-o-fish",
  FRSH: "fresh",
  FRSTD: "frosted",
  FROZ: "frozen",
  FRZ: "frozen",
  FTFREE: "fat-free",
  GRD: "ground",
  GRDS: "grades",
  GRN: "green",
  GRVY: "gravy",
  GRNS: "greens",
  HI: "high",
  IMITN: "imitation",
  INCL: "including",
  INST: "instant",
  JR: "junior",
  JUC: "juice",
  LIQ: "liquid",
  LN: "lean",
  LOFAT: "lowfat",
  LRG: "large",
  LT: "light",
  LTTC: "lettuce",
  MARSHMALLOW: "marshmallow",
  MCK: "mock",
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
  PLN: "plain",
  PNUT: "peanut",
  PNUTS: "peanuts",
  PREP: "prepared",
  PROC: "processed",
  PROT: "protein",
  RECON: "reconstituted",
  REG: "regular",
  REPLCMNT: "replacement",
  RST: "roast",
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
  SNDWCH: "sandwich",
  SNDWCHS: "sandwiches",
  SSGE: "sausage",
  SOL: "solids",
  SOLN: "solution",
  SPRD: "spread",
  STMD: "steamed",
  STR: "strained",
  STWD: "stewed",
  STUFD: "stuffed",
  SWT: "sweet",
  SWTND: "sweetened",
  SWTNR: "sweetener",
  TMT: "tomato",
  TODD: "toddler",
  TRKY: "turkey",
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

/** Where a word sits: its neighbours and the whole short description. */
interface WordContext {
  previous: string | undefined;
  next: string | undefined;
  description: string;
}

const MEAT_CUT = /^(BEEF|BF|PORK|VEAL|LAMB)\b/;
const SANDWICH_CONTEXT = /\b(SNDWCH|SANDWICH|SUBWAY|BRD|BREAD|FAST FOODS)\b/;

/**
 * Abbreviations whose meaning depends on the words around them: STK is a steak in a meat cut or a
 * "steak & cheese" sandwich and a stick elsewhere (butter, ice cream, fish sticks); CHCK/CHK is chuck in
 * beef and chicken elsewhere; WHT is white before "bread", else wheat; LO is "lo" in "lo mein", else low;
 * SUB is a sub sandwich among breads, else a substitute; PEP on a pizza is pepperoni.
 */
function contextualWord(word: string, { previous, next, description }: WordContext): string | undefined {
  switch (word) {
    case "STK":
    case "STKS": {
      const steak = MEAT_CUT.test(description) || next === "CHS" || next === "&";
      return (steak ? "steak" : "stick") + (word === "STKS" ? "s" : "");
    }
    case "CHCK":
    case "CHK":
      return MEAT_CUT.test(description) ? "chuck" : "chicken";
    case "WHT":
    case "WIT":
      return next === "BRD" || next === "BREAD" ? "white" : word === "WHT" ? "wheat" : undefined;
    case "LO":
      return next === "MEIN" ? "lo" : "low";
    case "SUB":
      return SANDWICH_CONTEXT.test(description) ? "sub" : "substitute";
    case "PEP":
      return /PIZZA/.test(description) ? "pepperoni" : undefined;
    case "CHOW":
      return previous === "CLM" || previous === "CLAM" ? "chowder" : undefined;
    case "GRD":
      return previous === "ALL" ? "grades" : undefined;
    case "RED":
      return REDUCED_NEIGHBOURS.has(previous ?? "") || REDUCED_NEIGHBOURS.has(next ?? "") ? "reduced" : "red";
    default:
      return undefined;
  }
}

function expandWord(token: string, context: WordContext): string {
  // "(INCL" and "SOUP)" are looked up without their brackets.
  const [, open = "", word = "", close = ""] = /^([(["]*)(.*?)([)\]".;:]*)$/.exec(token) ?? [];
  return open + expandBareWord(word, context) + close;
}

function expandBareWord(word: string, context: WordContext): string {
  const inContext = contextualWord(word, context);
  if (inContext !== undefined) return inContext;
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
function readablePart(part: string, description: string): string {
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
  const out = words.map((word, i) =>
    expandWord(word, { previous: words[i - 1], next: words[i + 1], description }),
  );
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
    .map((part) => readablePart(part, shortDescription));
  const name = parts.join(", ").replace(/\s+/g, " ").trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}
