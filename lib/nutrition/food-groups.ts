// USDA SR28 food groups. Pure: no framework or database imports.
//
// An SR28 NDB_No is five digits (leading zeros kept); its first two digits are the food group code
// ("01001" butter -> "01" dairy and egg). A few ranges added in later SR releases use other prefixes
// for an existing group (23xxx beef, 28xxx baked products, ...); those unambiguous ones are mapped in
// SR28_EXTRA_PREFIXES. Prefixes whose foods span several groups (42, 43, 44, 80, 83, 90, 93) map to
// no group: `foodGroupFromNdbNo` returns null and the caller chooses a fallback.

export interface FoodGroup {
  /** Stable identifier stored on foods (`Food.foodGroup`). */
  slug: string;
  /** Two-digit SR28 food group code. */
  code: string;
  /** Short English label for the UI. */
  label: string;
}

/** SR28 food groups in code order. */
export const FOOD_GROUPS = [
  { slug: "dairy-egg", code: "01", label: "Dairy and egg" },
  { slug: "spices-herbs", code: "02", label: "Spices and herbs" },
  { slug: "baby-foods", code: "03", label: "Baby foods" },
  { slug: "fats-oils", code: "04", label: "Fats and oils" },
  { slug: "poultry", code: "05", label: "Poultry" },
  { slug: "soups-sauces", code: "06", label: "Soups, sauces and gravies" },
  { slug: "sausages-meats", code: "07", label: "Sausages and cold cuts" },
  { slug: "breakfast-cereals", code: "08", label: "Breakfast cereals" },
  { slug: "fruits", code: "09", label: "Fruits and fruit juices" },
  { slug: "pork", code: "10", label: "Pork" },
  { slug: "vegetables", code: "11", label: "Vegetables" },
  { slug: "nuts-seeds", code: "12", label: "Nuts and seeds" },
  { slug: "beef", code: "13", label: "Beef" },
  { slug: "beverages", code: "14", label: "Beverages" },
  { slug: "fish-shellfish", code: "15", label: "Fish and shellfish" },
  { slug: "legumes", code: "16", label: "Legumes" },
  { slug: "lamb-game", code: "17", label: "Lamb, veal and game" },
  { slug: "baked-goods", code: "18", label: "Baked goods" },
  { slug: "sweets", code: "19", label: "Sweets" },
  { slug: "grains-pasta", code: "20", label: "Grains and pasta" },
  { slug: "fast-foods", code: "21", label: "Fast foods" },
  { slug: "meals", code: "22", label: "Meals and side dishes" },
  { slug: "snacks", code: "25", label: "Snacks" },
  { slug: "indigenous", code: "35", label: "American Indian and Alaska Native foods" },
  { slug: "restaurant", code: "36", label: "Restaurant foods" },
] as const satisfies readonly FoodGroup[];

export type FoodGroupSlug = (typeof FOOD_GROUPS)[number]["slug"];
export type FoodGroupCode = (typeof FOOD_GROUPS)[number]["code"];

/** Label shown for a slug that is not an SR28 group (e.g. a user's own food). */
export const UNKNOWN_FOOD_GROUP_LABEL = "Other";

/**
 * NDB_No prefixes outside the group codes whose foods all belong to one SR28 group
 * (checked against the SR28 ABBREV file).
 */
export const SR28_EXTRA_PREFIXES: Readonly<Record<string, FoodGroupSlug>> = Object.freeze({
  "23": "beef",
  "27": "soups-sauces",
  "28": "baked-goods",
  "31": "vegetables",
  "32": "meals",
  "33": "baby-foods",
  "48": "grains-pasta",
});

const BY_CODE: ReadonlyMap<string, FoodGroupSlug> = new Map(FOOD_GROUPS.map((g) => [g.code, g.slug]));
const BY_SLUG: ReadonlyMap<string, (typeof FOOD_GROUPS)[number]> = new Map(
  FOOD_GROUPS.map((g) => [g.slug, g]),
);

export function isFoodGroupSlug(slug: string): slug is FoodGroupSlug {
  return BY_SLUG.has(slug);
}

/**
 * The food group of an SR28 NDB_No ("01001" -> "dairy-egg"). Accepts a number or a four-digit
 * string whose leading zero was lost (1001 -> "dairy-egg"). Returns null when the number is not
 * a 4-5 digit NDB_No or its prefix is not a known group.
 */
export function foodGroupFromNdbNo(ndbNo: string | number): FoodGroupSlug | null {
  const raw = typeof ndbNo === "number" ? (Number.isInteger(ndbNo) ? String(ndbNo) : "") : ndbNo.trim();
  if (!/^\d{4,5}$/.test(raw)) return null;
  const prefix = raw.padStart(5, "0").slice(0, 2);
  return BY_CODE.get(prefix) ?? SR28_EXTRA_PREFIXES[prefix] ?? null;
}

/** The UI label of a food group slug; UNKNOWN_FOOD_GROUP_LABEL ("Other") for any other string. */
export function foodGroupLabel(slug: string): string {
  return BY_SLUG.get(slug)?.label ?? UNKNOWN_FOOD_GROUP_LABEL;
}
