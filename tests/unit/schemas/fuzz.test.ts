// Fuzzing (ADR 011): every zod schema in lib/schemas meets hostile input the way the app feeds it
// (server-action FormData, query strings, JSON bodies) and must answer with data or named field errors.
//
// Properties, for every schema and every way it is fed:
// - safeParse never throws;
// - a failure names fields: each issue's path starts with a key of the schema's shape (a schema of one
//   value, such as an NDB_No, names its root). An empty path is allowed only for a wrong top-level type
//   (a JSON body that is not an object) and for a strict object's unknown keys, which zod lists in
//   `issue.keys` (and the message) instead of the path. fieldErrors() (the API) and toFieldErrors() (forms)
//   carry a non-empty message for each; forms get at least one field to highlight;
// - when one field of a valid input is made hostile, every issue is about that field (attributable);
// - an accepted output is sane: finite numbers, bounded text, and each schema's own invariants (ids are
//   positive int4 values, text within its limit and storable in Postgres, sets without duplicates, ...);
// - nothing pollutes Object.prototype, and FormData becomes a plain object of strings whatever its keys.
import { PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { FOOD_GROUPS } from "@/lib/nutrition/food-groups";
import { ACTIVITY_LEVELS, RISK_FACTORS, SUN_EXPOSURES } from "@/lib/nutrition/profile";
import { AISLES, ALLERGENS, DIETS, MEAL_TYPES, NUTRIENT_KEYS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { mondayOf } from "@/lib/planner/week";
import { fieldErrors, searchParamsToObject } from "@/lib/schemas/catalogue";
import { formDataToObject, toFieldErrors } from "@/lib/schemas/form-data";
import {
  FUZZ_SEED,
  HOSTILE_JSON_CONSTANTS,
  HOSTILE_STRINGS,
  HUGE_STRINGS,
  PROTO_KEYS,
  hostileJson,
  hostileKey,
  hostileString,
} from "@/tests/support/hostile";

/** Bounded runs per property; the whole file stays well under 10 s. */
const MUTATION_RUNS = 250;
const RANDOM_RUNS = 150;
/** The deterministic JSON sweep covers sites this deep; the random mutations reach every site. */
const SWEEP_DEPTH = 3;
const params = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

// ---- discovery ----

const SCHEMA_DIR = fileURLToPath(new URL("../../../lib/schemas/", import.meta.url));

/**
 * Modules named `*-responses.ts` hold response schemas: what the JSON API sends, described for the OpenAPI
 * document (lib/schemas/api-responses.ts). They never parse untrusted input, so they are not fuzzed here.
 * Every other module is imported and each of its zod exports must have an entry in TABLE.
 */
const RESPONSE_MODULE = /-responses\.ts$/;

const moduleFiles = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .sort();
const inputModules = moduleFiles.filter((file) => !RESPONSE_MODULE.test(file));

const discovered = new Map<string, z.ZodType>();
const duplicateNames: string[] = [];
for (const file of inputModules) {
  const namespace = (await import(path.join(SCHEMA_DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(namespace)) {
    if (!(value instanceof z.ZodType)) continue;
    if (discovered.has(name)) duplicateNames.push(name);
    discovered.set(name, value);
  }
}

/** The keys of the object a schema parses (through defaults, optionals and pipes); [] for a single value. */
function shapeKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) {
    const fromIn = shapeKeys(schema.in as z.ZodType);
    return fromIn.length > 0 ? fromIn : shapeKeys(schema.out as z.ZodType);
  }
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return shapeKeys(schema.unwrap() as z.ZodType);
  return [];
}

// ---- invariants of accepted output ----

const INT4_MAX = 2_147_483_647;
/** No accepted string is longer than this (the longest limit is a recipe step). */
const MAX_ANY_TEXT = 1000;
const GROUP_SLUGS = FOOD_GROUPS.map((group) => group.slug);
const CURRENT_YEAR = new Date().getUTCFullYear();

type Out = Record<string, unknown>;

/**
 * The assertion of the hot paths (tens of thousands of parses): a plain throw with a lazy message, about
 * a hundred times cheaper than `expect`, and it never formats a 1 MiB value unless it fails.
 */
function ok(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** A short, printable form of any value (1 MiB strings are cut). */
function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "number" || value === undefined ? String(value) : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
}

function obj(value: unknown): Out {
  ok(
    typeof value === "object" && value !== null && !Array.isArray(value),
    () => `${show(value)} is an object`,
  );
  return value as Out;
}

function arr(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): unknown[] {
  ok(Array.isArray(value), () => `${show(value)} is an array`);
  ok(value.length >= min && value.length <= max, () => `${value.length} items, expected ${min} to ${max}`);
  return value;
}

function num(value: unknown, min: number, max: number, { int = false } = {}): void {
  ok(typeof value === "number", () => `${show(value)} is a number`);
  ok(
    int ? Number.isSafeInteger(value) : Number.isFinite(value),
    () => `${value} is a finite ${int ? "integer" : "number"}`,
  );
  ok(value >= min && value <= max, () => `${value} is within ${min} and ${max}`);
}

const id = (value: unknown) => num(value, 1, INT4_MAX, { int: true });

/** Text with a length limit; `stored` text goes into Postgres, whose text type cannot hold NUL. */
function text(value: unknown, min: number, max: number, { trimmed = false, stored = true } = {}): void {
  ok(typeof value === "string", () => `${show(value)} is a string`);
  ok(value.length >= min && value.length <= max, () => `${show(value)} has ${min} to ${max} characters`);
  if (trimmed) ok(value === value.trim(), () => `${show(value)} is trimmed`);
  if (stored)
    ok(!value.includes("\u0000"), () => `${show(value)} has no NUL (Postgres text cannot store it)`);
}

function oneOf(value: unknown, options: readonly unknown[]): void {
  ok(options.includes(value), () => `${show(value)} is one of ${show(options)}`);
}

function optional(value: unknown, check: (value: unknown) => void): void {
  if (value !== undefined) check(value);
}

/** A checkbox group: a set of known options, so never longer than the options. */
function set(value: unknown, options: readonly unknown[]): void {
  const items = arr(value, 0, options.length);
  for (const item of items) oneOf(item, options);
  ok(new Set(items).size === items.length, () => `${show(items)} has no duplicates`);
}

function bool(value: unknown): void {
  ok(typeof value === "boolean", () => `${show(value)} is a boolean`);
}

function matches(value: unknown, pattern: RegExp): void {
  ok(typeof value === "string" && pattern.test(value), () => `${show(value)} matches ${pattern}`);
}

/** A week date the app can compute with and Postgres can store: a real calendar day whose Monday is too. */
function weekDate(value: unknown): void {
  ok(typeof value === "string", () => `${show(value)} is a string`);
  const day = new Date(`${value}T00:00:00Z`);
  ok(!Number.isNaN(day.getTime()), () => `${show(value)} is a date`);
  ok(
    day.toISOString().slice(0, 10) === value,
    () => `${show(value)} is a real day, not ${day.toISOString()}`,
  );
  const monday = mondayOf(day);
  const daysBack = (day.getTime() - new Date(`${monday}T00:00:00Z`).getTime()) / 86_400_000;
  ok(daysBack >= 0 && daysBack <= 6, () => `mondayOf(${value}) = ${monday} is in the same week`);
  ok(Number(monday.slice(0, 4)) >= 1, () => `${monday}: Postgres dates have no year 0`);
}

function nutrients(value: unknown): void {
  const amounts = obj(value);
  for (const key of NUTRIENT_KEYS) {
    const amount = amounts[key];
    if (amount !== null) num(amount, 0, Number.MAX_VALUE);
  }
}

function isTimeZone(zone: string): boolean {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

const ndbNo = (value: unknown) => matches(value, /^\d{5}$/);

function foodInput(value: unknown): void {
  const food = obj(value);
  ndbNo(food.ndbNo);
  text(food.name, 1, 200, { trimmed: true });
  text(food.foodGroup, 1, 100);
  oneOf(food.aisle, AISLES);
  bool(food.fortified);
  for (const fact of Object.values(obj(food.diet))) bool(fact);
  for (const allergen of arr(food.allergens)) oneOf(allergen, ALLERGENS);
  nutrients(food.per100g);
  for (const portion of arr(food.portions)) {
    num(obj(portion).grams, Number.MIN_VALUE, Number.MAX_VALUE);
    text(obj(portion).description, 1, 200);
  }
}

function recipeInput(value: unknown): void {
  const recipe = obj(value);
  text(recipe.slug, 1, 100);
  matches(recipe.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  text(recipe.name, 1, 200, { trimmed: true });
  text(recipe.description, 0, 500);
  for (const mealType of arr(recipe.mealTypes, 1)) oneOf(mealType, MEAL_TYPES);
  num(recipe.servings, 1, Number.MAX_SAFE_INTEGER, { int: true });
  for (const step of arr(recipe.steps, 1)) text(step, 1, 1000);
  for (const ingredient of arr(recipe.ingredients, 1)) {
    ndbNo(obj(ingredient).ndbNo);
    num(obj(ingredient).grams, Number.MIN_VALUE, Number.MAX_VALUE);
  }
}

function catalogueQuery(query: Out): void {
  optional(query.q, (q) => text(q, 0, 100, { trimmed: true }));
  optional(query.diet, (diet) => oneOf(diet, DIETS));
  oneOf(query.sort, ["name", ...TARGET_NUTRIENTS]);
  num(query.limit, 1, 100, { int: true });
  num(query.offset, 0, 1_000_000, { int: true });
}

function mealRef(ref: Out): void {
  id(ref.planId);
  num(ref.day, 0, 6, { int: true });
  oneOf(ref.slot, MEAL_TYPES);
}

/**
 * Anything accepted: numbers finite, strings bounded, only plain objects, arrays and primitives.
 * (A 1 MiB string or 1e309 slipping through any schema fails here.)
 */
function expectSaneOutput(value: unknown, where = "output"): void {
  if (typeof value === "number") ok(Number.isFinite(value), () => `${where} = ${value} is finite`);
  else if (typeof value === "string")
    ok(value.length <= MAX_ANY_TEXT, () => `${where} has ${value.length} characters, over ${MAX_ANY_TEXT}`);
  else if (Array.isArray(value)) value.forEach((item, index) => expectSaneOutput(item, `${where}[${index}]`));
  else if (typeof value === "object" && value !== null) {
    ok(Object.getPrototypeOf(value) === Object.prototype, () => `${where} is a plain object`);
    for (const [key, item] of Object.entries(value)) expectSaneOutput(item, `${where}.${key}`);
  } else
    ok(
      value === null || ["boolean", "undefined"].includes(typeof value),
      () => `${where} type ${typeof value}`,
    );
}

// ---- the table: every input schema, how the app feeds it, a valid input, and its invariants ----

type FormValues = Record<string, string | string[]>;
type Feed = "form" | "query" | "json";

interface Entry {
  /** How the app feeds the schema, each with a valid input that the fuzzers mutate one field at a time. */
  feeds: { form?: FormValues; query?: Record<string, string>; json?: unknown };
  /** Invariants of an accepted output, beyond expectSaneOutput. */
  check: (output: unknown) => void;
}

const FOOD = {
  ndbNo: "11457",
  name: "Spinach, raw",
  foodGroup: "vegetables",
  aisle: "produce",
  fortified: false,
  diet: { ...PLANT_ONLY_FACTS },
  allergens: ["soy"],
  per100g: {
    energyKcal: 23,
    proteinG: 2.86,
    fatG: 0.39,
    carbohydrateG: 3.63,
    fiberG: 2.2,
    magnesiumMg: 79,
    calciumMg: 99,
    vitaminDMcg: 0,
    vitaminB12Mcg: null,
  },
  portions: [{ grams: 30, description: "1 cup" }],
};

const RECIPE = {
  slug: "spinach-omelette",
  name: "Spinach omelette",
  description: "Eggs and spinach.",
  mealTypes: ["breakfast", "lunch"],
  servings: 2,
  steps: ["Wilt the spinach.", "Add the eggs."],
  ingredients: [
    { ndbNo: "11457", grams: 60 },
    { ndbNo: "01123", grams: 100 },
  ],
};

const PROFILE_FORM: FormValues = {
  sex: "female",
  birthYear: "1990",
  heightCm: "168.5",
  weightKg: "62",
  activityLevel: "moderate",
  energyTargetOverrideKcal: "2100",
  diet: "vegetarian",
  allergens: ["milk", "soy"],
  dislikedFoodIds: ["3", "5"],
  favouredNutrients: ["magnesiumMg", "calciumMg"],
  householdSize: "2",
  riskFactors: ["diuretics"],
  sunExposure: "some",
};

const PROFILE_JSON = {
  sex: "female",
  birthYear: 1990,
  pregnancy: null,
  heightCm: 168.5,
  weightKg: 62,
  activityLevel: "moderate",
  energyTargetOverrideKcal: null,
  diet: "vegetarian",
  allergens: ["milk"],
  dislikedFoodIds: [3, 5],
  favouredNutrients: ["vitaminDMcg"],
  householdSize: 2,
  riskFactors: [],
  sunExposure: "little",
};

const TABLE: Record<string, Entry> = {
  // account.ts: the delete-account form (the email is compared, never stored).
  ZDeleteAccountSchema: {
    feeds: { form: { confirmEmail: "ada@example.com" } },
    check: (out) => text(obj(out).confirmEmail, 1, 320, { trimmed: true, stored: false }),
  },

  // calendar.ts: /api/plans/{id}/calendar.ics query.
  ZCalendarQuerySchema: {
    feeds: {
      query: { tz: "Europe/Berlin", breakfast: "07:30", lunch: "12:30", dinner: "19:00", snack: "16:00" },
    },
    check: (out) => {
      const query = obj(out);
      optional(query.tz, (tz) => {
        text(tz, 1, 64);
        ok(isTimeZone(tz as string), () => `${show(tz)} is a time zone`);
      });
      for (const slot of MEAL_TYPES)
        optional(query[slot], (time) => matches(time, /^([01]\d|2[0-3]):[0-5]\d$/));
    },
  },

  // catalogue.ts: /foods, /recipes pages and their JSON API; route params.
  ZFoodListQuerySchema: {
    feeds: {
      query: {
        q: "spinach raw",
        diet: "vegan",
        sort: "calciumMg",
        limit: "24",
        offset: "48",
        group: GROUP_SLUGS[0]!,
        per: "portion",
      },
    },
    check: (out) => {
      const query = obj(out);
      catalogueQuery(query);
      optional(query.group, (group) => oneOf(group, GROUP_SLUGS));
      oneOf(query.per, ["100g", "portion"]);
    },
  },
  ZRecipeListQuerySchema: {
    feeds: {
      query: { q: "oat", diet: "vegetarian", sort: "name", limit: "10", offset: "0", mealType: "breakfast" },
    },
    check: (out) => {
      const query = obj(out);
      catalogueQuery(query);
      optional(query.mealType, (mealType) => oneOf(mealType, MEAL_TYPES));
    },
  },
  ZIdParamSchema: { feeds: { query: { id: "42" } }, check: (out) => id(obj(out).id) },

  // food.ts: the seed files and the USDA importer (JSON-shaped values).
  ZNutrientsSchema: { feeds: { json: FOOD.per100g }, check: nutrients },
  ZNdbNoSchema: { feeds: { json: "11457" }, check: ndbNo },
  ZFoodInputSchema: { feeds: { json: FOOD }, check: foodInput },
  ZRecipeInputSchema: { feeds: { json: RECIPE }, check: recipeInput },
  ZSeedCatalogueSchema: {
    feeds: { json: { foods: [FOOD], recipes: [RECIPE] } },
    check: (out) => {
      arr(obj(out).foods).forEach(foodInput);
      arr(obj(out).recipes).forEach(recipeInput);
    },
  },

  // plan.ts: POST /api/plans, the plan page and its actions, the shopping list API and actions, pantry.
  ZGeneratePlanSchema: {
    feeds: { json: { weekStart: "2026-11-23" } },
    check: (out) => optional(obj(out).weekStart, weekDate),
  },
  ZWeekQuerySchema: {
    feeds: { query: { week: "2026-11-25" }, form: { week: "2026-11-23" } },
    check: (out) => optional(obj(out).week, weekDate),
  },
  ZPlanPageQuerySchema: {
    feeds: { query: { week: "2026-11-25", swap: "3-dinner" } },
    check: (out) => {
      weekDate(obj(out).week);
      if (obj(out).swap !== undefined) {
        const swap = obj(obj(out).swap);
        expect(MEAL_TYPES).toContain(swap.slot);
        expect(Number.isInteger(swap.day) && (swap.day as number) >= 0 && (swap.day as number) <= 6).toBe(
          true,
        );
      }
    },
  },
  ZMealRefSchema: {
    feeds: { form: { planId: "7", day: "3", slot: "dinner" } },
    check: (out) => mealRef(obj(out)),
  },
  ZSwapMealSchema: {
    feeds: { form: { planId: "7", day: "0", slot: "breakfast", recipeId: "19" } },
    check: (out) => {
      mealRef(obj(out));
      id(obj(out).recipeId);
    },
  },
  ZLockMealSchema: {
    feeds: { form: { planId: "7", day: "6", slot: "snack", locked: "true" } },
    check: (out) => {
      mealRef(obj(out));
      bool(obj(out).locked);
    },
  },
  ZPlanIdSchema: { feeds: { form: { planId: "7" } }, check: (out) => id(obj(out).planId) },
  ZCheckItemsSchema: {
    feeds: {
      json: {
        items: [
          { foodId: 12, checked: true },
          { foodId: 13, checked: false },
        ],
      },
    },
    check: (out) => {
      for (const item of arr(obj(out).items, 1, 500)) {
        id(obj(item).foodId);
        bool(obj(item).checked);
      }
    },
  },
  ZCheckItemFormSchema: {
    feeds: { form: { planId: "7", foodId: "12", checked: "false" } },
    check: (out) => {
      id(obj(out).planId);
      id(obj(out).foodId);
      bool(obj(out).checked);
    },
  },
  ZExtraItemFormSchema: {
    feeds: { form: { planId: "7", text: "Kitchen roll" } },
    check: (out) => {
      id(obj(out).planId);
      text(obj(out).text, 1, 200, { trimmed: true });
    },
  },
  ZCheckExtraFormSchema: {
    feeds: { form: { planId: "7", id: "3", checked: "true" } },
    check: (out) => {
      id(obj(out).planId);
      id(obj(out).id);
      bool(obj(out).checked);
    },
  },
  ZPantryFormSchema: {
    feeds: { form: { foodId: "12", grams: "250.5" } },
    check: (out) => {
      id(obj(out).foodId);
      num(obj(out).grams, 0, 100_000);
    },
  },

  // profile.ts: the profile form, POST /api/plans/preview (JSON) and profile versions read back.
  ZProfileSchema: {
    feeds: { form: PROFILE_FORM, json: PROFILE_JSON },
    check: (out) => {
      const profile = obj(out);
      oneOf(profile.sex, ["female", "male"]);
      num(profile.birthYear, 1900, CURRENT_YEAR - 19, { int: true });
      oneOf(profile.pregnancy, [null, "pregnant", "lactating"]);
      if (profile.sex === "male")
        ok(profile.pregnancy === null, () => "only women are pregnant or lactating");
      num(profile.heightCm, 100, 250);
      num(profile.weightKg, 30, 300);
      oneOf(profile.activityLevel, ACTIVITY_LEVELS);
      if (profile.energyTargetOverrideKcal !== null)
        num(profile.energyTargetOverrideKcal, 1200, 5000, { int: true });
      oneOf(profile.diet, DIETS);
      set(profile.allergens, ALLERGENS);
      const disliked = arr(profile.dislikedFoodIds, 0, 200);
      disliked.forEach(id);
      ok(new Set(disliked).size === disliked.length, () => `${show(disliked)} has no duplicates`);
      set(profile.favouredNutrients, TARGET_NUTRIENTS);
      num(profile.householdSize, 1, 12, { int: true });
      set(profile.riskFactors, RISK_FACTORS);
      oneOf(profile.sunExposure, SUN_EXPOSURES);
    },
  },
  ZFavourNutrientsSchema: {
    feeds: { form: { favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"] } },
    check: (out) => set(obj(out).favouredNutrients, TARGET_NUTRIENTS),
  },

  // welcome.ts: the save-starter-plan action and /welcome?diet=..&favour=..&favour=.. (repeated keys).
  ZStarterChoicesSchema: {
    feeds: { form: { diet: "vegan", favour: ["vitaminB12Mcg", "calciumMg"] } },
    check: (out) => {
      oneOf(obj(out).diet, DIETS);
      set(obj(out).favour, TARGET_NUTRIENTS);
    },
  },
};

// ---- feeding ----

type Path = (string | number)[];

/** Dates that look right and are not: rollovers, year 0, two-digit years, out-of-range parts. */
const DATE_STRINGS = [
  "2026-02-31",
  "2026-02-29",
  "2024-02-29",
  "2026-04-31",
  "2026-13-01",
  "2026-00-10",
  "2026-11-00",
  "0000-01-03",
  "0001-01-01",
  "0050-06-15",
  "0099-12-31",
  "1899-12-31",
  "9999-12-31",
  "+02026-11-23",
  "2026-11-23T00:00:00Z",
  "2026-11-23\n",
];

function stringLeaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringLeaves);
  if (typeof value === "number") return [String(value)];
  return [];
}

/** Values of the right kind to perturb: every base value, enum option and tricky date. */
const NEAR_VALID = [
  ...new Set([
    ...Object.values(TABLE).flatMap((entry) => stringLeaves(entry.feeds)),
    ...DIETS,
    ...MEAL_TYPES,
    ...TARGET_NUTRIENTS,
    ...ALLERGENS,
    ...RISK_FACTORS,
    ...DATE_STRINGS,
    "true",
    "false",
    "Etc/UTC",
    "America/Argentina/Buenos_Aires",
    "23:59",
    "24:00",
  ]),
];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** FormData as a browser posts it, turned into values the way every server action does. */
function viaFormData(entries: readonly (readonly [string, string])[]): Record<string, string | string[]> {
  const formData = new FormData();
  for (const [key, value] of entries) formData.append(key, value);
  const values = formDataToObject(formData);
  // The action hands `values` back to the client to refill the form, so they must be plain data: an
  // inherited method or a swapped prototype would be serialised (or crash the serialiser).
  ok(Object.getPrototypeOf(values) === Object.prototype, () => "form values are a plain object");
  for (const key of Reflect.ownKeys(values)) {
    const value: unknown = Reflect.get(values, key);
    ok(
      typeof value === "string" || (Array.isArray(value) && value.every((item) => typeof item === "string")),
      () => `form value of ${String(key)} is a string or strings, not ${show(value)}`,
    );
  }
  for (const key in values) ok(Object.hasOwn(values, key), () => `${key} is an own field`);
  return values;
}

function formEntries(values: FormValues): [string, string][] {
  return Object.entries(values).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [key, item]),
  );
}

/** A query string, parsed the way every route does (searchParamsToObject: blank values mean "not given"). */
function viaQuery(entries: readonly (readonly [string, string])[]): Record<string, string> {
  const search = new URLSearchParams();
  for (const [key, value] of entries) search.append(key, value);
  return searchParamsToObject(search);
}

const comparable = (a: Path, b: Path) =>
  a.slice(0, Math.min(a.length, b.length)).every((step, index) => String(step) === String(b[index]));

function expectNamedIssues(
  name: string,
  feed: Feed,
  input: unknown,
  error: z.ZodError,
  mutated?: Path,
): void {
  const keys = new Set(shapeKeys(discovered.get(name)!));
  ok(error.issues.length > 0, () => `${name}: a failure has issues`);
  for (const issue of error.issues) {
    ok(issue.message.trim() !== "", () => `${name}: issue ${issue.code} has a message`);
    const path = issue.path.map((step) => step as string | number);
    const sites: Path[] =
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
    if (mutated) {
      for (const site of sites)
        ok(
          comparable(site, mutated),
          () => `${name}: issue at "${site.join(".")}" is not about "${mutated.join(".")}"`,
        );
    }
    if (keys.size === 0) continue; // one value, not an object: the root is the field
    const [head] = path;
    if (head !== undefined) {
      ok(keys.has(String(head)), () => `${name}: issue path ${path.join(".")} starts with a field`);
    } else if (issue.code === "unrecognized_keys") {
      // A strict object names its unknown fields in `keys` and in the message.
      ok(issue.keys.length > 0, () => `${name}: unrecognized_keys lists keys`);
      for (const key of issue.keys) {
        ok(isPlainObject(input) && Object.hasOwn(input, key), () => `${name}: ${key} was sent`);
        ok(!keys.has(key), () => `${name}: ${key} is unknown`);
        ok(issue.message.includes(key), () => `${name}: the message names ${key}`);
      }
    } else {
      ok(
        feed === "json" && !isPlainObject(input),
        () => `${name}: root issue ${issue.code} for an object input`,
      );
    }
  }
  // The API's error list names a field (or the documented "(root)") with a message for each issue; an
  // unknown field of a strict schema is named itself, so it must be one the input really had.
  const errors = fieldErrors(error);
  const unknownFields = new Set(
    error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key].join(".")) : [],
    ),
  );
  ok(
    errors.length === error.issues.length - unknownFieldIssues(error) + unknownFields.size,
    () => `${name}: one field error per issue and per unknown field`,
  );
  for (const { field, message } of errors) {
    ok(message.trim() !== "", () => `${name}: field error ${field} has a message`);
    ok(
      keys.size === 0 || field === "(root)" || keys.has(field.split(".")[0]!) || unknownFields.has(field),
      () => `${name}: field error names ${field}`,
    );
  }
  // A form highlights at least one of its fields (root errors would vanish from toFieldErrors).
  if (feed === "form") {
    const byField = Object.entries(toFieldErrors(error));
    ok(byField.length > 0, () => `${name}: the form has a field to highlight`);
    for (const [field, messages] of byField) {
      ok(keys.has(field), () => `${name}: form field ${field}`);
      ok(
        messages !== undefined && messages.length > 0 && messages.every((message) => message.trim() !== ""),
        () => `${name}: form field ${field} has messages`,
      );
    }
  }
}

/** One parse: never throws; failures name fields (about `mutated`, if given); successes are sane. */
function parseAndCheck(name: string, feed: Feed, input: unknown, mutated?: Path): void {
  const schema = discovered.get(name)!;
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    throw new Error(`${name}.safeParse threw on ${feed} input ${show(input)}: ${String(error)}`);
  }
  try {
    if (result.success) {
      expectSaneOutput(result.data);
      TABLE[name]!.check(result.data);
    } else {
      expectNamedIssues(name, feed, input, result.error, mutated);
    }
  } catch (error) {
    const outcome = result.success
      ? `accepted as ${show(result.data)}`
      : `rejected: ${show(result.error.issues)}`;
    throw new Error(`${name} (${feed}) input ${show(input)} ${outcome}: ${(error as Error).message}`);
  }
  ok(({} as Record<string, unknown>).polluted === undefined, () => "Object.prototype is polluted");
}

/** Feeds a flat input through the app's own conversion, then parses. */
function feedFlat(name: string, feed: "form" | "query", entries: [string, string][], mutated?: Path): void {
  if (feed === "form") parseAndCheck(name, feed, viaFormData(entries), mutated);
  else parseAndCheck(name, feed, viaQuery(entries), mutated);
}

// ---- JSON mutation sites ----

interface Sites {
  /** Every node below the root (the root itself for a schema of one value). */
  all: Path[];
  /** Properties of objects (can be deleted). */
  props: Path[];
  /** Objects (can get an extra key). */
  objects: Path[];
}

function sitesOf(base: unknown): Sites {
  const sites: Sites = { all: [], props: [], objects: [] };
  const walk = (value: unknown, at: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        sites.all.push([...at, index]);
        walk(item, [...at, index]);
      });
    } else if (isPlainObject(value)) {
      sites.objects.push(at);
      for (const [key, item] of Object.entries(value)) {
        sites.all.push([...at, key]);
        sites.props.push([...at, key]);
        walk(item, [...at, key]);
      }
    }
  };
  walk(base, []);
  if (!isPlainObject(base)) sites.all.push([]);
  return sites;
}

type Mutation = { path: Path; remove: true } | { path: Path; remove?: false; value: unknown };

/** A copy of `base` with one site set (as an own property, like JSON.parse makes) or removed. */
function mutate(base: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0) return mutation.remove ? undefined : mutation.value;
  const root = structuredClone(base);
  let node = root as Record<string | number, unknown>;
  for (const step of mutation.path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = mutation.path.at(-1)!;
  if (mutation.remove) delete node[last];
  else
    Object.defineProperty(node, last, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

function jsonMutation(base: unknown, keys: readonly string[]): fc.Arbitrary<Mutation> {
  const sites = sitesOf(base);
  const value = hostileJson(NEAR_VALID);
  const options: fc.Arbitrary<Mutation>[] = [
    fc.tuple(fc.constantFrom(...sites.all), value).map(([at, v]): Mutation => ({ path: at, value: v })),
  ];
  if (sites.props.length > 0)
    options.push(fc.constantFrom(...sites.props).map((at): Mutation => ({ path: at, remove: true })));
  if (sites.objects.length > 0)
    options.push(
      fc
        .tuple(fc.constantFrom(...sites.objects), hostileKey(keys), value)
        .map(([at, key, v]): Mutation => ({ path: [...at, key], value: v })),
    );
  return fc.oneof(...options);
}

// ---- the tests ----

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeBefore = Object.getOwnPropertyNames(Array.prototype).sort();

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe("schema discovery", () => {
  it("finds the schema modules and imports them", () => {
    expect(inputModules.length).toBeGreaterThan(0);
    expect(discovered.size).toBeGreaterThan(0);
    expect(duplicateNames, "schema export names are unique across modules").toEqual([]);
  });

  it("has a table entry for every exported input schema, and no stale entries", () => {
    expect([...discovered.keys()].sort()).toEqual(Object.keys(TABLE).sort());
  });

  it("feeds every schema at least one way", () => {
    for (const [name, entry] of Object.entries(TABLE))
      expect(Object.keys(entry.feeds).length, name).toBeGreaterThan(0);
  });
});

for (const name of Object.keys(TABLE).sort()) {
  const entry = TABLE[name]!;
  const feedNames = Object.keys(entry.feeds) as Feed[];

  describe(name, () => {
    const keys = () => shapeKeys(discovered.get(name)!);

    for (const feed of feedNames) {
      it(`accepts its valid ${feed} input`, () => {
        const schema = discovered.get(name)!;
        const base = entry.feeds[feed];
        const inputs =
          feed === "form"
            ? [viaFormData(formEntries(base as FormValues))]
            : feed === "query"
              ? [viaQuery(Object.entries(base as Record<string, string>))]
              : [base];
        for (const input of inputs) {
          const result = schema.safeParse(input);
          expect(result.error?.issues ?? []).toEqual([]);
          expectSaneOutput(result.data);
          entry.check(result.data);
        }
      });
    }

    if (entry.feeds.form) {
      const base = entry.feeds.form;
      it("form: every hostile constant (and a 1 MiB string) in every field", () => {
        for (const field of [...keys(), ...PROTO_KEYS, "$ACTION_ID_x", "unknownField"]) {
          const rest = formEntries(base).filter(([key]) => key !== field);
          feedFlat(name, "form", rest, [field]);
          for (const value of [...HOSTILE_STRINGS, ...HUGE_STRINGS, ...DATE_STRINGS]) {
            feedFlat(name, "form", [...rest, [field, value]], [field]);
            feedFlat(name, "form", [...rest, [field, value], [field, value]], [field]);
          }
        }
      });

      it("form: one field of a valid form made hostile names that field", () => {
        fc.assert(
          fc.property(
            fc.oneof(fc.constantFrom(...keys()), hostileKey(keys())),
            fc.array(hostileString(NEAR_VALID), { maxLength: 3 }),
            (field, values) => {
              const rest = formEntries(base).filter(([key]) => key !== field);
              feedFlat(
                name,
                "form",
                [...rest, ...values.map((value): [string, string] => [field, value])],
                [field],
              );
            },
          ),
          params(MUTATION_RUNS),
        );
      });

      it("form: random forms never throw and name fields", () => {
        fc.assert(
          fc.property(
            fc.array(
              fc.tuple(
                hostileKey(keys()),
                fc.oneof(hostileString(NEAR_VALID), fc.constantFrom(...stringLeaves(base))),
              ),
              { maxLength: 16 },
            ),
            (entries) => feedFlat(name, "form", entries),
          ),
          params(RANDOM_RUNS),
        );
      });
    }

    if (entry.feeds.query) {
      const base = entry.feeds.query;
      it("query: every hostile constant (and a 1 MiB string) in every parameter", () => {
        for (const field of [...keys(), ...PROTO_KEYS, "unknown"]) {
          const rest = Object.entries(base).filter(([key]) => key !== field);
          feedFlat(name, "query", rest, [field]);
          for (const value of [...HOSTILE_STRINGS, ...HUGE_STRINGS, ...DATE_STRINGS])
            feedFlat(name, "query", [...rest, [field, value]], [field]);
        }
      });

      it("query: one parameter of a valid query made hostile names that parameter", () => {
        fc.assert(
          fc.property(
            fc.oneof(fc.constantFrom(...keys()), hostileKey(keys())),
            fc.option(hostileString(NEAR_VALID), { nil: undefined }),
            (field, value) => {
              const rest = Object.entries(base).filter(([key]) => key !== field);
              feedFlat(name, "query", value === undefined ? rest : [...rest, [field, value]], [field]);
            },
          ),
          params(MUTATION_RUNS),
        );
      });

      it("query: random query strings never throw and name fields", () => {
        fc.assert(
          fc.property(
            fc.array(
              fc.tuple(
                hostileKey(keys()),
                fc.oneof(hostileString(NEAR_VALID), fc.constantFrom(...Object.values(base))),
              ),
              { maxLength: 12 },
            ),
            (entries) => feedFlat(name, "query", entries),
          ),
          params(RANDOM_RUNS),
        );
      });
    }

    if (entry.feeds.json !== undefined) {
      const base = entry.feeds.json;
      it("json: every hostile constant (wrong types, 1 MiB string, ...) at every site", () => {
        const sites = sitesOf(base);
        for (const at of sites.props)
          parseAndCheck(name, "json", mutate(base, { path: at, remove: true }), at);
        // Unknown keys anywhere: a strict object names them, the others drop them whatever their value.
        for (const at of sites.objects)
          for (const key of [...PROTO_KEYS, "unknownField"])
            for (const value of [1, "x", null, { polluted: 1 }])
              parseAndCheck(name, "json", mutate(base, { path: [...at, key], value }), [...at, key]);
        // Down to 3 levels (items.0.foodId, portions.0.grams); deeper sites belong to a sub-schema that
        // is swept on its own (the seed catalogue's foods are ZFoodInputSchema) and to the property below.
        for (const at of sites.all.filter((site) => site.length <= SWEEP_DEPTH))
          for (const value of [...HOSTILE_JSON_CONSTANTS, ...HUGE_STRINGS, ...DATE_STRINGS])
            parseAndCheck(name, "json", mutate(base, { path: at, value }), at);
      });

      it("json: one site of a valid body made hostile names that site", () => {
        fc.assert(
          fc.property(jsonMutation(base, keys()), (mutation) =>
            parseAndCheck(name, "json", mutate(base, mutation), mutation.path),
          ),
          params(MUTATION_RUNS),
        );
      });

      it("json: random bodies and wrong top-level types never throw and name fields", () => {
        const fieldKeys = keys();
        const fromBase = isPlainObject(base)
          ? fc
              .record(
                Object.fromEntries(
                  Object.entries(base).map(([key, value]) => [
                    key,
                    fc.oneof(fc.constant(value), hostileJson(NEAR_VALID)),
                  ]),
                ),
                { requiredKeys: [], noNullPrototype: true },
              )
              .map((record): unknown => record)
          : hostileJson(NEAR_VALID);
        fc.assert(
          fc.property(
            fc.oneof(
              fromBase,
              hostileJson(NEAR_VALID),
              fc
                .array(fc.tuple(hostileKey(fieldKeys), hostileJson(NEAR_VALID)), { maxLength: 10 })
                .map((entries): unknown => Object.fromEntries(entries)),
              fc.json({ maxDepth: 3 }).map((json): unknown => JSON.parse(json)),
            ),
            (input) => parseAndCheck(name, "json", input),
          ),
          params(RANDOM_RUNS),
        );
      });
    }

    it("is not a way to pollute Object.prototype", () => {
      const payload = '"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}';
      if (entry.feeds.json !== undefined) {
        const base = entry.feeds.json;
        const body = isPlainObject(base) ? `{${payload}, ${JSON.stringify(base).slice(1)}` : `{${payload}}`;
        const input: unknown = JSON.parse(body);
        parseAndCheck(name, "json", input);
        const result = discovered.get(name)!.safeParse(input);
        if (result.success && isPlainObject(result.data)) {
          expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
          expect(result.data.polluted).toBeUndefined();
        }
      }
      if (entry.feeds.form) {
        const pollute: [string, string][] = [
          ["__proto__", "x"],
          ["__proto__", "y"],
          ["__proto__[polluted]", "1"],
          ["constructor[prototype][polluted]", "1"],
          ["constructor", "c"],
          ["toString", "t"],
          ["hasOwnProperty", "h"],
        ];
        feedFlat(name, "form", [...pollute, ...formEntries(entry.feeds.form)]);
        feedFlat(name, "form", [...formEntries(entry.feeds.form), ...pollute]);
      }
      if (entry.feeds.query)
        feedFlat(name, "query", [["__proto__", "x"], ...Object.entries(entry.feeds.query)]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
}

describe("formDataToObject", () => {
  it("keeps repeated keys as arrays, drops blanks and Next's $ACTION fields", () => {
    expect(
      viaFormData([
        ["a", "1"],
        ["b", ""],
        ["c", "x"],
        ["c", ""],
        ["$ACTION_ID_abc", "z"],
      ]),
    ).toEqual({ a: "1", c: ["x", ""] });
  });

  it("treats keys named like Object.prototype members as ordinary fields", () => {
    const values = viaFormData([
      ["toString", "t"],
      ["__proto__", "p"],
      ["__proto__", "q"],
      ["constructor", "c"],
    ]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([
      ["toString", "t"],
      ["__proto__", ["p", "q"]],
      ["constructor", "c"],
    ]);
  });
});

function unknownFieldIssues(error: z.ZodError): number {
  return error.issues.filter((issue) => issue.code === "unrecognized_keys").length;
}
