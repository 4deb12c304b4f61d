// The schema fuzz harness (ADR 011): every zod schema in lib/schemas meets hostile input the way the app feeds it
// (server-action FormData, query strings, JSON bodies) and must answer with data or named field errors.
// The tables of valid inputs live in tests/unit/schemas/fuzz-<family>.test.ts, one file per family of routes;
// tests/unit/schemas/fuzz.test.ts checks that every input schema belongs to a family.
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
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { RISK_FACTORS } from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, MEAL_TYPES, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
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

/** Bounded runs per property; each family's file stays well under 10 s. */
const MUTATION_RUNS = 250;
const RANDOM_RUNS = 150;
/** The deterministic JSON sweep covers sites this deep; the random mutations reach every site. */
const SWEEP_DEPTH = 3;
const params = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });
const SCHEMA_TIMEOUT_MS = 30_000;

// ---- discovery ----

const SCHEMA_DIR = fileURLToPath(new URL("../../lib/schemas/", import.meta.url));

/**
 * Modules named `*-responses.ts` hold response schemas: what the JSON API sends, described for the OpenAPI
 * document (lib/schemas/api-responses.ts). They never parse untrusted input, so they are not fuzzed here.
 * Every other module is imported and each of its zod exports must have an entry in its family's table.
 */
const RESPONSE_MODULE = /-responses\.ts$/;

const moduleFiles = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .sort();
export const inputModules = moduleFiles.filter((file) => !RESPONSE_MODULE.test(file));

/** Every input schema by export name, with the module that exports it. */
export const discovered = new Map<string, { schema: z.ZodType; module: string }>();
export const duplicateNames: string[] = [];
for (const file of inputModules) {
  const namespace = (await import(path.join(SCHEMA_DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(namespace)) {
    if (!(value instanceof z.ZodType)) continue;
    if (discovered.has(name)) duplicateNames.push(name);
    discovered.set(name, { schema: value, module: file });
  }
}

/**
 * The families of schemas, by the routes that feed them; each has its file
 * tests/unit/schemas/fuzz-<family>.test.ts. A new schema module joins a family here.
 */
export const SCHEMA_FAMILIES: Record<string, readonly string[]> = {
  // /foods, /recipes and their JSON API; the seed files and the USDA importer.
  catalogue: ["catalogue.ts", "food.ts"],
  // /plan and POST /api/plans, the shopping list and pantry, the calendar export.
  plans: ["calendar.ts", "plan.ts"],
  // The profile form and plan preview, the account page, /welcome.
  people: ["account.ts", "profile.ts", "welcome.ts"],
  // POST /api/ingredients/parse and POST /api/recipes/import.
  imports: ["recipe-import.ts"],
  // A user's own foods (nutrition labels: /foods/new and /api/foods) and recipes (the editor, /api/recipes).
  own: ["own-food.ts", "own-recipe.ts"],
  // Ratings, meal logs, supplements and the symptom diary (ADR 021).
  memory: ["memory.ts"],
};

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

export type Out = Record<string, unknown>;

/**
 * The assertion of the hot paths (tens of thousands of parses): a plain throw with a lazy message, about
 * a hundred times cheaper than `expect`, and it never formats a 1 MiB value unless it fails.
 */
export function ok(condition: unknown, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** A short, printable form of any value (1 MiB strings are cut). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "number" || value === undefined ? String(value) : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
}

export function obj(value: unknown): Out {
  ok(
    typeof value === "object" && value !== null && !Array.isArray(value),
    () => `${show(value)} is an object`,
  );
  return value as Out;
}

export function arr(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): unknown[] {
  ok(Array.isArray(value), () => `${show(value)} is an array`);
  ok(value.length >= min && value.length <= max, () => `${value.length} items, expected ${min} to ${max}`);
  return value;
}

export function num(value: unknown, min: number, max: number, { int = false } = {}): void {
  ok(typeof value === "number", () => `${show(value)} is a number`);
  ok(
    int ? Number.isSafeInteger(value) : Number.isFinite(value),
    () => `${value} is a finite ${int ? "integer" : "number"}`,
  );
  ok(value >= min && value <= max, () => `${value} is within ${min} and ${max}`);
}

export const id = (value: unknown) => num(value, 1, INT4_MAX, { int: true });

/** Text with a length limit; `stored` text goes into Postgres, whose text type cannot hold NUL. */
export function text(
  value: unknown,
  min: number,
  max: number,
  { trimmed = false, stored = true } = {},
): void {
  ok(typeof value === "string", () => `${show(value)} is a string`);
  ok(value.length >= min && value.length <= max, () => `${show(value)} has ${min} to ${max} characters`);
  if (trimmed) ok(value === value.trim(), () => `${show(value)} is trimmed`);
  if (stored)
    ok(!value.includes("\u0000"), () => `${show(value)} has no NUL (Postgres text cannot store it)`);
}

export function oneOf(value: unknown, options: readonly unknown[]): void {
  ok(options.includes(value), () => `${show(value)} is one of ${show(options)}`);
}

export function optional(value: unknown, check: (value: unknown) => void): void {
  if (value !== undefined) check(value);
}

/** A checkbox group: a set of known options, so never longer than the options. */
export function set(value: unknown, options: readonly unknown[]): void {
  const items = arr(value, 0, options.length);
  for (const item of items) oneOf(item, options);
  ok(new Set(items).size === items.length, () => `${show(items)} has no duplicates`);
}

export function bool(value: unknown): void {
  ok(typeof value === "boolean", () => `${show(value)} is a boolean`);
}

export function matches(value: unknown, pattern: RegExp): void {
  ok(typeof value === "string" && pattern.test(value), () => `${show(value)} matches ${pattern}`);
}

/**
 * Anything accepted: numbers finite, strings bounded, only plain objects, arrays and primitives.
 * (A 1 MiB string or 1e309 slipping through any schema fails here.)
 */
/** The output checks a family's table uses: `check.num(value, 0, 10)`, `check.oneOf(value, DIETS)`… */
export const check = { show, obj, arr, num, id, text, oneOf, optional, set, bool, matches };

export function expectSaneOutput(value: unknown, where = "output"): void {
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

// ---- the table of a family ----

export type FormValues = Record<string, string | string[]>;
type Feed = "form" | "query" | "json";

export interface Entry {
  /** How the app feeds the schema, each with a valid input that the fuzzers mutate one field at a time. */
  feeds: { form?: FormValues; query?: Record<string, string>; json?: unknown };
  /** Invariants of an accepted output, beyond expectSaneOutput. */
  check: (output: unknown) => void;
}

/** One schema under test: its name, its parser, the keys of its shape and the invariants of its output. */
interface Target {
  name: string;
  schema: z.ZodType;
  keys: Set<string>;
  check: (output: unknown) => void;
}

// ---- feeding ----

type Path = (string | number)[];

/** Dates that look right and are not: rollovers, year 0, two-digit years, out-of-range parts. */
export const DATE_STRINGS = [
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

/** Values of the right kind to perturb: every base value of the family, enum option and tricky date. */
function nearValidValues(table: Record<string, Entry>): string[] {
  return [
    ...new Set([
      ...Object.values(table).flatMap((entry) => stringLeaves(entry.feeds)),
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
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** FormData as a browser posts it, turned into values the way every server action does. */
export function viaFormData(
  entries: readonly (readonly [string, string])[],
): Record<string, string | string[]> {
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
  target: Target,
  feed: Feed,
  input: unknown,
  error: z.ZodError,
  mutated?: Path,
): void {
  const { name, keys } = target;
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
function parseAndCheck(target: Target, feed: Feed, input: unknown, mutated?: Path): void {
  const { name, schema } = target;
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    throw new Error(`${name}.safeParse threw on ${feed} input ${show(input)}: ${String(error)}`);
  }
  try {
    if (result.success) {
      expectSaneOutput(result.data);
      target.check(result.data);
    } else {
      expectNamedIssues(target, feed, input, result.error, mutated);
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
function feedFlat(target: Target, feed: "form" | "query", entries: [string, string][], mutated?: Path): void {
  if (feed === "form") parseAndCheck(target, feed, viaFormData(entries), mutated);
  else parseAndCheck(target, feed, viaQuery(entries), mutated);
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

function jsonMutation(
  base: unknown,
  keys: readonly string[],
  nearValid: readonly string[],
): fc.Arbitrary<Mutation> {
  const sites = sitesOf(base);
  const value = hostileJson(nearValid);
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

/**
 * The fuzz tests of a family: its table must list exactly the input schemas of its modules, and each schema
 * gets the properties above. Call it once, at the top level of tests/unit/schemas/fuzz-<family>.test.ts.
 */
export function fuzzSchemaFamily(family: string, table: Record<string, Entry>): void {
  const modules = SCHEMA_FAMILIES[family] ?? [];
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const arrayPrototypeBefore = Object.getOwnPropertyNames(Array.prototype).sort();

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe(`${family} schemas`, () => {
    it("is a family of schema modules", () => {
      expect(modules.length, `SCHEMA_FAMILIES.${family}`).toBeGreaterThan(0);
    });

    it(`has a table entry for every input schema of ${modules.join(", ")}, and no stale entries`, () => {
      const schemas = [...discovered].filter(([, { module }]) => modules.includes(module));
      expect(Object.keys(table).sort()).toEqual(schemas.map(([name]) => name).sort());
    });

    it("feeds every schema at least one way", () => {
      for (const [name, entry] of Object.entries(table))
        expect(Object.keys(entry.feeds).length, name).toBeGreaterThan(0);
    });
  });

  const nearValid = nearValidValues(table);
  for (const name of Object.keys(table).sort()) fuzzSchema(name, table[name]!, nearValid);
}

/** The tests of one schema, fed every way its entry lists. */
function fuzzSchema(name: string, entry: Entry, nearValid: readonly string[]): void {
  const feedNames = Object.keys(entry.feeds) as Feed[];
  const schema = discovered.get(name)?.schema ?? z.never();
  const target: Target = { name, schema, keys: new Set(shapeKeys(schema)), check: entry.check };

  // The sweeps are bounded (a fixed set of values, a fixed seed) but CPU-bound: room for a busy machine.
  describe(name, { timeout: SCHEMA_TIMEOUT_MS }, () => {
    const keys = () => [...target.keys];

    for (const feed of feedNames) {
      it(`accepts its valid ${feed} input`, () => {
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
          feedFlat(target, "form", rest, [field]);
          for (const value of [...HOSTILE_STRINGS, ...HUGE_STRINGS, ...DATE_STRINGS]) {
            feedFlat(target, "form", [...rest, [field, value]], [field]);
            feedFlat(target, "form", [...rest, [field, value], [field, value]], [field]);
          }
        }
      });

      it("form: one field of a valid form made hostile names that field", () => {
        fc.assert(
          fc.property(
            fc.oneof(fc.constantFrom(...keys()), hostileKey(keys())),
            fc.array(hostileString(nearValid), { maxLength: 3 }),
            (field, values) => {
              const rest = formEntries(base).filter(([key]) => key !== field);
              feedFlat(
                target,
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
                fc.oneof(hostileString(nearValid), fc.constantFrom(...stringLeaves(base))),
              ),
              { maxLength: 16 },
            ),
            (entries) => feedFlat(target, "form", entries),
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
          feedFlat(target, "query", rest, [field]);
          for (const value of [...HOSTILE_STRINGS, ...HUGE_STRINGS, ...DATE_STRINGS])
            feedFlat(target, "query", [...rest, [field, value]], [field]);
        }
      });

      it("query: one parameter of a valid query made hostile names that parameter", () => {
        fc.assert(
          fc.property(
            fc.oneof(fc.constantFrom(...keys()), hostileKey(keys())),
            fc.option(hostileString(nearValid), { nil: undefined }),
            (field, value) => {
              const rest = Object.entries(base).filter(([key]) => key !== field);
              feedFlat(target, "query", value === undefined ? rest : [...rest, [field, value]], [field]);
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
                fc.oneof(hostileString(nearValid), fc.constantFrom(...Object.values(base))),
              ),
              { maxLength: 12 },
            ),
            (entries) => feedFlat(target, "query", entries),
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
          parseAndCheck(target, "json", mutate(base, { path: at, remove: true }), at);
        // Unknown keys anywhere: a strict object names them, the others drop them whatever their value.
        for (const at of sites.objects)
          for (const key of [...PROTO_KEYS, "unknownField"])
            for (const value of [1, "x", null, { polluted: 1 }])
              parseAndCheck(target, "json", mutate(base, { path: [...at, key], value }), [...at, key]);
        // Down to 3 levels (items.0.foodId, portions.0.grams); deeper sites belong to a sub-schema that
        // is swept on its own (the seed catalogue's foods are ZFoodInputSchema) and to the property below.
        for (const at of sites.all.filter((site) => site.length <= SWEEP_DEPTH))
          for (const value of [...HOSTILE_JSON_CONSTANTS, ...HUGE_STRINGS, ...DATE_STRINGS])
            parseAndCheck(target, "json", mutate(base, { path: at, value }), at);
      });

      it("json: one site of a valid body made hostile names that site", () => {
        fc.assert(
          fc.property(jsonMutation(base, keys(), nearValid), (mutation) =>
            parseAndCheck(target, "json", mutate(base, mutation), mutation.path),
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
                    fc.oneof(fc.constant(value), hostileJson(nearValid)),
                  ]),
                ),
                { requiredKeys: [], noNullPrototype: true },
              )
              .map((record): unknown => record)
          : hostileJson(nearValid);
        fc.assert(
          fc.property(
            fc.oneof(
              fromBase,
              hostileJson(nearValid),
              fc
                .array(fc.tuple(hostileKey(fieldKeys), hostileJson(nearValid)), { maxLength: 10 })
                .map((entries): unknown => Object.fromEntries(entries)),
              fc.json({ maxDepth: 3 }).map((json): unknown => JSON.parse(json)),
            ),
            (input) => parseAndCheck(target, "json", input),
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
        parseAndCheck(target, "json", input);
        const result = schema.safeParse(input);
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
        feedFlat(target, "form", [...pollute, ...formEntries(entry.feeds.form)]);
        feedFlat(target, "form", [...formEntries(entry.feeds.form), ...pollute]);
      }
      if (entry.feeds.query)
        feedFlat(target, "query", [["__proto__", "x"], ...Object.entries(entry.feeds.query)]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
}

function unknownFieldIssues(error: z.ZodError): number {
  return error.issues.filter((issue) => issue.code === "unrecognized_keys").length;
}
