import { z } from "zod";
import { FOOD_GROUPS } from "@/lib/nutrition/food-groups";
import { DIETS, MEAL_TYPES, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { hasNoNul } from "@/lib/schemas/form-data";

const groupSlugs = FOOD_GROUPS.map((group) => group.slug) as [string, ...string[]];

/** Shared by /foods and /recipes pages and their JSON API. */
const ZCatalogueQueryBaseSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, "Search text is at most 100 characters")
    .refine(hasNoNul, "Search text cannot contain NUL characters")
    .optional(),
  diet: z.enum(DIETS, { error: `diet must be one of ${DIETS.join(", ")}` }).optional(),
  sort: z
    .enum(["name", ...TARGET_NUTRIENTS], {
      error: `sort must be one of name, ${TARGET_NUTRIENTS.join(", ")}`,
    })
    .default("name"),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(24),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be a whole number")
    .min(0, "offset must be 0 or more")
    .max(1_000_000, "offset is too large")
    .default(0),
});

export const ZFoodListQuerySchema = ZCatalogueQueryBaseSchema.extend({
  group: z.enum(groupSlugs, { error: "group must be a known food group" }).optional(),
  /** Sort by the amount in 100 g or in the food's first household portion. */
  per: z.enum(["100g", "portion"], { error: "per must be 100g or portion" }).default("100g"),
});
export type TFoodListQuery = z.infer<typeof ZFoodListQuerySchema>;

export const ZRecipeListQuerySchema = ZCatalogueQueryBaseSchema.extend({
  mealType: z.enum(MEAL_TYPES, { error: `mealType must be one of ${MEAL_TYPES.join(", ")}` }).optional(),
});
export type TRecipeListQuery = z.infer<typeof ZRecipeListQuerySchema>;

export const ZIdParamSchema = z.object({
  id: z.coerce
    .number({ error: "id must be a number" })
    .int("id must be a whole number")
    .positive("id must be positive")
    .max(2_147_483_647, "id is too large"),
});

/** Query strings and form data: blank values mean "not given". */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const result: Record<string, string> = {};
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value !== "") result[key] = value;
  }
  return result;
}

export interface FieldError {
  field: string;
  message: string;
}

/** One entry per wrong field; an unknown field (strict schemas) is named itself rather than its parent. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: [...issue.path, key].join("."), message: "unknown field" }))
      : [{ field: issue.path.join(".") || "(root)", message: issue.message }],
  );
}
