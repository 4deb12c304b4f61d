import { z } from "zod";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { hasNoNul } from "@/lib/schemas/form-data";

/** Limits of a user's own recipes (ADR 022): clear 400s instead of rows nobody can use. */
export const OWN_RECIPE_LIMITS = Object.freeze({
  recipesPerUser: 200,
  ingredients: 60,
  steps: 50,
  stepLength: 2000,
  servings: 100,
  gramsPerIngredient: 10_000,
});

const storable = (text: z.ZodString) => text.refine(hasNoNul, "cannot contain NUL characters");

const ZRecipeIngredientDraft = z.object({
  foodId: z
    .number({ error: "foodId must be a number" })
    .int("foodId must be a whole number")
    .positive("foodId must be positive")
    .max(2_147_483_647, "foodId is too large"),
  grams: z
    .number({ error: "grams must be a number" })
    .finite("grams must be a number")
    .positive("grams must be more than 0")
    .max(OWN_RECIPE_LIMITS.gramsPerIngredient, `grams is at most ${OWN_RECIPE_LIMITS.gramsPerIngredient}`),
  /** The ingredient line as typed or imported ("2 large eggs"), kept for the reader. */
  line: storable(z.string().trim().max(300, "line is at most 300 characters")).optional(),
});

const draftShape = {
  name: storable(
    z.string().trim().min(1, "Give the recipe a name").max(200, "name is at most 200 characters"),
  ),
  description: storable(z.string().trim().max(500, "description is at most 500 characters")).default(""),
  mealTypes: z
    .array(z.enum(MEAL_TYPES, { error: `meal types are ${MEAL_TYPES.join(", ")}` }))
    .min(1, "Pick at least one meal type")
    .max(MEAL_TYPES.length)
    .transform((types) => [...new Set(types)]),
  servings: z
    .number({ error: "servings must be a number" })
    .int("servings must be a whole number")
    .min(1, "servings must be at least 1")
    .max(OWN_RECIPE_LIMITS.servings, `servings is at most ${OWN_RECIPE_LIMITS.servings}`),
  ingredients: z
    .array(ZRecipeIngredientDraft)
    .min(1, "Add at least one ingredient")
    .max(OWN_RECIPE_LIMITS.ingredients, `A recipe has at most ${OWN_RECIPE_LIMITS.ingredients} ingredients`),
  steps: z
    .array(
      storable(
        z
          .string()
          .trim()
          .min(1, "a step cannot be empty")
          .max(OWN_RECIPE_LIMITS.stepLength, `a step is at most ${OWN_RECIPE_LIMITS.stepLength} characters`),
      ),
    )
    .max(OWN_RECIPE_LIMITS.steps, `A recipe has at most ${OWN_RECIPE_LIMITS.steps} steps`)
    .default([]),
};

/**
 * A user's own recipe as written in the editor or confirmed after an import: POST /api/recipes. Grams
 * per ingredient (the editor turns household portions into grams); nutrients are computed, never sent.
 */
export const ZRecipeDraftSchema = z.strictObject(draftShape);
export type TRecipeDraft = z.infer<typeof ZRecipeDraftSchema>;

/** PATCH /api/recipes/{id}: any of the draft's fields; the ones given replace the stored ones. */
export const ZRecipePatchSchema = z.strictObject({
  name: draftShape.name.optional(),
  description: storable(z.string().trim().max(500, "description is at most 500 characters")).optional(),
  mealTypes: draftShape.mealTypes.optional(),
  servings: draftShape.servings.optional(),
  ingredients: draftShape.ingredients.optional(),
  steps: z
    .array(draftShape.steps.unwrap().element)
    .max(OWN_RECIPE_LIMITS.steps, `A recipe has at most ${OWN_RECIPE_LIMITS.steps} steps`)
    .optional(),
});
export type TRecipePatch = z.infer<typeof ZRecipePatchSchema>;
