import { z } from "zod";

/**
 * FormData -> plain object: a repeated key (checkbox groups) becomes an array; blanks are dropped.
 * Fields are collected in a Map and defined with Object.fromEntries, so a field named like an
 * Object.prototype member ("toString", "constructor", "__proto__") is an ordinary own field: looked up on
 * a plain object it met the inherited member (["toString"] became [function, value], "__proto__" swapped
 * the prototype), and the action's `values` could not be sent back to the form.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = fields.get(key);
    if (existing === undefined) fields.set(key, value);
    else if (Array.isArray(existing)) existing.push(value);
    else fields.set(key, [existing, value]);
  }
  return Object.fromEntries([...fields].filter(([, value]) => value !== ""));
}

/**
 * A checkbox group: absent means none ticked, one value arrives as a string. Ticks are a set: a replayed
 * or hand-made form (or /welcome?favour=x&favour=x...) cannot repeat an option.
 */
export function checkboxGroup<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]),
    z.array(item),
  );
}

/** Postgres text cannot hold NUL (U+0000): text bound for the database refuses it as a field error. */
export function hasNoNul(text: string): boolean {
  return !text.includes("\u0000");
}

/** Field errors by field name, the shape forms render. */
export type FieldErrors = Record<string, string[] | undefined>;

export function toFieldErrors(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
