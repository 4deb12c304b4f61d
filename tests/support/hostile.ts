// Hostile input for the fuzz tests (ADR 011): the values an attacker or a broken client sends. Shared by the
// schema fuzz (unit) and the API fuzz (e2e). Constants are swept exhaustively; the arbitraries mix them with
// random strings, numbers and shapes.
import fc from "fast-check";

/** One fixed seed for every property in the fuzz suite, so a failure replays exactly. */
export const FUZZ_SEED = 20261129;

/** 1 MiB strings: far over every limit. Built once; they appear rarely in the random runs. */
export const HUGE_STRINGS: readonly string[] = [
  "x".repeat(1 << 20),
  "9".repeat(1 << 20), // a number with a million digits: Number() gives Infinity
  "a-".repeat(1 << 19) + "a", // kebab-case all the way (slugs)
  ` ${"\u00e9".repeat((1 << 20) - 2)} `,
];

/** Numbers as a query string or form field carries them. */
export const NUMERIC_STRINGS: readonly string[] = [
  "0",
  "-0",
  "1",
  "-1",
  "1.5",
  "-2.5",
  "1e308",
  "-1e308",
  "1e309",
  "1e-400",
  "5e-324",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "0b11",
  "0o17",
  "1_000",
  "+5",
  ".5",
  "5.",
  "00012",
  " 7 ",
  "\t\n",
  "2147483647",
  "2147483648",
  "4294967296",
  "9007199254740991",
  "9007199254740993",
  "12abc",
  "\u0663", // Arabic-Indic digit three
  "\uff11", // fullwidth digit one
  "1,5",
];

/** Unicode that breaks naive code: emoji sequences, RTL overrides, NUL, lone surrogates, BOM, zero-width. */
export const UNICODE_STRINGS: readonly string[] = [
  "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
  "\u{1F966}\u{1F957}",
  "\u202Egnp.exe",
  "\u0645\u0631\u062D\u0628\u0627",
  "\u0000",
  "spinach\u0000",
  "\u0000\u0000\u0000",
  "\uD800",
  "\uDFFF",
  "a\uD83Db",
  "\uFEFF",
  "\u200B",
  "e\u0301",
  "\u00A0",
  "\u2028\u2029",
  "\r\n",
  "\u001B[31m",
  "Z\u0351\u0352\u0353\u0354\u0355",
];

/** Injection snippets: SQL, LIKE wildcards, HTML, template and path tricks. */
export const INJECTION_STRINGS: readonly string[] = [
  `'; DROP TABLE "Food"; --`,
  "1 OR 1=1",
  "' OR '1'='1",
  "%",
  "_",
  "%_\\",
  "\\",
  '"',
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{constructor.constructor('return 1')()}}",
  "${7*7}",
  "../../etc/passwd",
  "[object Object]",
  "undefined",
  "null",
  "true",
  "[]",
  "{}",
];

/** Keys that poke at Object.prototype. */
export const PROTO_KEYS: readonly string[] = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "__proto__[polluted]",
  "constructor[prototype][polluted]",
];

/** Every constant string above except the huge ones (which the sweep adds once per field). */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  ...NUMERIC_STRINGS,
  ...UNICODE_STRINGS,
  ...INJECTION_STRINGS,
  ...PROTO_KEYS,
];

/** Numbers JSON.parse can produce (1e999 parses to Infinity), plus NaN for good measure. */
export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -7.25,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  2 ** 31 - 1,
  2 ** 32,
  1e21,
  Infinity,
  -Infinity,
  NaN,
];

/** Wrong types in JSON: null, booleans, arrays, objects, including a `__proto__` payload. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  [],
  [1, 2, 3],
  ["a"],
  [null],
  [[[]]],
  {},
  { a: 1 },
  { toString: 1, valueOf: 1 },
  JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') as unknown,
];

/** Every constant JSON value: strings, numbers, wrong types. */
export const HOSTILE_JSON_CONSTANTS: readonly unknown[] = [
  ...HOSTILE_STRINGS,
  ...HOSTILE_NUMBERS,
  ...WRONG_TYPES,
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Random hostile strings; `nearValid` are values of the schema's fields, to be perturbed. */
export function hostileString(nearValid: readonly string[] = []): fc.Arbitrary<string> {
  const perturbed =
    nearValid.length === 0
      ? []
      : [
          {
            weight: 4,
            arbitrary: fc
              .tuple(
                fc.constantFrom(...nearValid),
                fc.constantFrom(
                  (v: string) => v,
                  (v: string) => ` ${v} `,
                  (v: string) => v.toUpperCase(),
                  (v: string) => `${v}\u0000`,
                  (v: string) => `${v}<script>alert(1)</script>`,
                  (v: string) => `${v}'; DROP TABLE "Food"; --`,
                  (v: string) => v.repeat(50),
                  (v: string) => `-${v}`,
                  (v: string) => `${v}.5`,
                  (v: string) => `${v}e400`,
                ),
              )
              .map(([value, perturb]) => perturb(value)),
          },
        ];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ minLength: 1, maxLength: 1 })) }),
    },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
    { weight: 2, arbitrary: fc.string({ minLength: 150, maxLength: 1200 }) },
    // Rare on purpose: parsing a 1 MiB string a few times per property is enough.
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    ...perturbed,
  );
}

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);

/** A key for a random object: the schema's own keys, prototype keys, or anything. */
export function hostileKey(schemaKeys: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: schemaKeys.length > 0 ? 4 : 0, arbitrary: fc.constantFrom("", ...schemaKeys) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom(...INJECTION_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  );
}

/** Any JSON value (as JSON.parse builds it: own properties only, `__proto__` included). */
export function hostileJson(nearValid: readonly string[] = []): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: hostileString(nearValid) },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(hostileKey([]), leaf), { maxLength: 4 })
        .map((entries) => Object.fromEntries(entries)),
    },
  );
}
