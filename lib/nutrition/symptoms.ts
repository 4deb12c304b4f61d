// Symptom helper data. Pure: no framework or database imports.
//
// The links come from the source article's table of symptoms per nutrient:
//   magnesium   -> twitching, cramps, fatigue
//   calcium     -> tingling, cramps, spasms
//   vitamin B12 -> weakness, twitching, pins and needles, memory, balance
// Muscle spasms are merged into "muscle cramps"; tingling in the lips or fingers is calcium's
// (the classic sign of low blood calcium), pins and needles is B12's (nerve damage). Vitamin D is
// linked to no symptom directly: it matters because calcium is absorbed with it, so the helper can
// add it alongside calcium on request (see nutrientsForSymptoms).
//
// Symptoms only suggest which nutrients to favour. This is not a diagnosis tool.
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";

export interface Symptom {
  /** Stable kebab-case id (form values, URLs). */
  id: string;
  /** Sentence-case label for the checklist. */
  label: string;
  /** Linked nutrients, in TARGET_NUTRIENTS order. */
  nutrients: readonly TargetNutrient[];
}

export const SYMPTOMS = [
  {
    id: "eyelid-facial-twitching",
    label: "Eyelid or facial twitching",
    nutrients: ["magnesiumMg", "vitaminB12Mcg"],
  },
  { id: "muscle-cramps", label: "Muscle cramps or spasms", nutrients: ["magnesiumMg", "calciumMg"] },
  { id: "tingling-lips-fingers", label: "Tingling in lips or fingers", nutrients: ["calciumMg"] },
  { id: "pins-and-needles", label: "Pins and needles", nutrients: ["vitaminB12Mcg"] },
  { id: "muscle-weakness", label: "Muscle weakness", nutrients: ["vitaminB12Mcg"] },
  { id: "memory-problems", label: "Memory problems", nutrients: ["vitaminB12Mcg"] },
  { id: "balance-problems", label: "Balance problems", nutrients: ["vitaminB12Mcg"] },
  { id: "fatigue", label: "Fatigue", nutrients: ["magnesiumMg"] },
] as const satisfies readonly Symptom[];

export type SymptomId = (typeof SYMPTOMS)[number]["id"];

/** Every symptom id, in checklist order (a non-empty tuple, usable with z.enum). */
export const SYMPTOM_IDS = SYMPTOMS.map((s) => s.id) as [SymptomId, ...SymptomId[]];

export function isSymptomId(value: string): value is SymptomId {
  return (SYMPTOM_IDS as readonly string[]).includes(value);
}

export function symptomById(id: SymptomId): Symptom {
  const symptom = SYMPTOMS.find((s) => s.id === id);
  if (!symptom) throw new RangeError(`unknown symptom "${id}"`);
  return symptom;
}

/** The symptoms linked to a nutrient, in checklist order (none for vitamin D). */
export function symptomsForNutrient(nutrient: TargetNutrient): Symptom[] {
  return SYMPTOMS.filter((s) => (s.nutrients as readonly TargetNutrient[]).includes(nutrient));
}

export interface NutrientsForSymptomsOptions {
  /** Add vitamin D whenever calcium is suggested (vitamin D helps absorb calcium). Default false. */
  withVitaminDForCalcium?: boolean;
  /**
   * Never suggest magnesium (a profile with kidney disease: see warnings.ts kidney-magnesium-caution).
   * Default false.
   */
  withoutMagnesium?: boolean;
}

/**
 * The nutrients linked to any of the ticked symptoms: unique, in TARGET_NUTRIENTS order. Empty for
 * no symptoms. Throws RangeError for an unknown id (validate form input with SYMPTOM_IDS first).
 */
export function nutrientsForSymptoms(
  ids: readonly string[],
  options: NutrientsForSymptomsOptions = {},
): TargetNutrient[] {
  const linked = new Set<TargetNutrient>();
  for (const id of ids) {
    if (!isSymptomId(id)) throw new RangeError(`unknown symptom "${id}"`);
    for (const nutrient of symptomById(id).nutrients) linked.add(nutrient);
  }
  if (options.withVitaminDForCalcium && linked.has("calciumMg")) linked.add("vitaminDMcg");
  if (options.withoutMagnesium) linked.delete("magnesiumMg");
  return TARGET_NUTRIENTS.filter((n) => linked.has(n));
}

/**
 * Shown wherever symptoms appear, always, whatever is ticked: the source article's own caveat. A plan
 * does not treat a symptom; it only favours nutrients in meals.
 */
export const SYMPTOM_DISCLAIMER: readonly string[] = Object.freeze([
  "This is not a diagnosis, and a meal plan does not treat a symptom: these symptoms have many causes, and the links shown only suggest which nutrients to favour in your meals.",
  "Twitches, such as an eyelid twitch, often pass on their own; stress, fatigue and caffeine are common triggers.",
  "If a symptom persists or gets worse, see a doctor, who can test your magnesium, calcium and vitamin B12 levels.",
  "Talk to a doctor before starting supplements.",
]);

/** Shown instead of magnesium to a profile with kidney disease. */
export const MAGNESIUM_CAUTION_NOTE =
  "Magnesium is not suggested: with kidney disease, ask your doctor before adding magnesium.";
