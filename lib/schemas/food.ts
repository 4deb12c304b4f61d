import { z } from "zod";
import {
  AISLES,
  ALLERGENS,
  DIET_FACTS,
  MEAL_TYPES,
  NUTRIENT_KEYS,
  type NewFood,
  type NutrientKey,
} from "@/lib/nutrition/types";
import { hasNoNul } from "@/lib/schemas/form-data";

/** A nutrient amount: a non-negative number, or null for "not measured" (never 0 for unknown). */
const ZAmount = z.number().finite().nonnegative().nullable();

export const ZNutrientsSchema = z.object(
  Object.fromEntries(NUTRIENT_KEYS.map((key) => [key, ZAmount])) as Record<NutrientKey, typeof ZAmount>,
);

export const ZNdbNoSchema = z.string().regex(/^\d{5}$/, "NDB_No is five digits");

/** Text stored in Postgres: bounded, and without NUL (a text column cannot hold it; the batch would fail). */
const storable = (text: z.ZodString) => text.refine(hasNoNul, "cannot contain NUL characters");

export const ZFoodInputSchema = z.object({
  ndbNo: ZNdbNoSchema,
  name: storable(z.string().trim().min(1).max(200)),
  foodGroup: storable(z.string().min(1).max(100)),
  aisle: z.enum(AISLES),
  fortified: z.boolean(),
  diet: z.object({
    containsMeat: z.boolean(),
    containsFish: z.boolean(),
    containsShellfish: z.boolean(),
    containsDairy: z.boolean(),
    containsEgg: z.boolean(),
    containsHoney: z.boolean(),
  }),
  /** Facts the food is not verified free of (docs/NUTRITION.md, "Certain or not offered"). */
  dietUncertain: z.array(z.enum(DIET_FACTS)).default([]),
  uncertainReason: storable(z.string().min(1).max(300)).nullable().default(null),
  allergens: z.array(z.enum(ALLERGENS)),
  mayContain: z.array(z.enum(ALLERGENS)).default([]),
  per100g: ZNutrientsSchema,
  portions: z.array(
    z.object({ grams: z.number().positive(), description: storable(z.string().min(1).max(200)) }),
  ),
});
export type TFoodInput = z.infer<typeof ZFoodInputSchema>;

export const ZRecipeInputSchema = z.object({
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug is kebab-case"),
  name: storable(z.string().trim().min(1).max(200)),
  description: storable(z.string().max(500)).default(""),
  mealTypes: z.array(z.enum(MEAL_TYPES)).min(1),
  servings: z.number().int().positive(),
  steps: z.array(storable(z.string().min(1).max(1000))).min(1),
  ingredients: z.array(z.object({ ndbNo: ZNdbNoSchema, grams: z.number().positive() })).min(1),
});
export type TRecipeInput = z.infer<typeof ZRecipeInputSchema>;

/** A side of prisma/seed/sides.json: one food at a household portion, for some meal types. */
const ZSideInputSchema = z.object({
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug is kebab-case"),
  name: storable(z.string().trim().min(1).max(200)),
  ndbNo: ZNdbNoSchema,
  grams: z.number().positive(),
  portion: storable(z.string().min(1).max(100)),
  group: z.string().regex(/^[a-z-]+$/),
  mealTypes: z.array(z.enum(MEAL_TYPES)).min(1),
});
export type TSideInput = z.infer<typeof ZSideInputSchema>;

export const ZSeedCatalogueSchema = z.object({
  foods: z.array(ZFoodInputSchema),
  recipes: z.array(ZRecipeInputSchema),
  sides: z.array(ZSideInputSchema).default([]),
});
export type TSeedCatalogue = z.infer<typeof ZSeedCatalogueSchema>;

// One food shape: what the schema parses is the domain's NewFood, checked by the compiler both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const foodInputIsNewFood: Same<TFoodInput, NewFood> = true;
void foodInputIsNewFood;
