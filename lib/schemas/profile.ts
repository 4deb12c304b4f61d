import { z } from "zod";
import { FOOD_FAMILY_IDS } from "@/lib/nutrition/food-families";
import {
  ACTIVITY_LEVELS,
  MAIN_MEALS,
  RISK_FACTORS,
  SUN_EXPOSURES,
  UNIT_SYSTEMS,
} from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, MEAL_TYPES, TARGET_NUTRIENTS, type MealType } from "@/lib/nutrition/types";
import { DEFAULT_MEAL_SHARES, MAX_SNACKS_PER_DAY, type MealShare } from "@/lib/planner/types";
import { checkboxGroup } from "@/lib/schemas/form-data";

const number = (field: string) => z.coerce.number({ error: `${field} must be a number` });

const percent = (field: string) =>
  number(field)
    .int(`${field} must be a whole percent`)
    .min(0, `${field} must be 0-100 %`)
    .max(100, `${field} must be 0-100 %`);

const ZMealSharePercent = z
  .object({ min: percent("Smallest share"), max: percent("Largest share") })
  .refine((share) => share.min <= share.max, { message: "The smallest share must not exceed the largest" });

/** Each meal's energy window in percent of the day ({ breakfast: { min: 15, max: 35 } }); a meal left out keeps the default. */
export const ZMealSharesSchema = z.partialRecord(z.enum(MEAL_TYPES), ZMealSharePercent);

/**
 * A form sends meal shares as flat fields ("mealShares.breakfast.min"): fold them into the object the
 * API sends, so both arrive as one shape. Blank fields were dropped by formDataToObject.
 */
function foldMealShareFields(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  const flat = Object.keys(record).filter((key) => key.startsWith("mealShares."));
  if (flat.length === 0) return input;
  const shares: Record<string, Record<string, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const [head, meal, bound] = key.split(".");
    if (head !== "mealShares" || !meal || !bound) rest[key] = value;
    else shares[meal] = { ...shares[meal], [bound]: value };
  }
  // One bound typed, the other left blank: the blank one keeps its default.
  for (const [meal, share] of Object.entries(shares)) {
    const defaults = DEFAULT_MEAL_SHARES[meal as MealType] as MealShare | undefined;
    if (!defaults) continue;
    shares[meal] = { min: Math.round(defaults.min * 100), max: Math.round(defaults.max * 100), ...share };
  }
  return { ...rest, mealShares: shares };
}

/** The dietary profile as stored and as a form submits it (numbers arrive as strings). */
export const ZProfileSchema = z
  .object({
    sex: z.enum(["female", "male"], { error: "Choose female or male (used for reference intakes)" }),
    birthYear: number("Year of birth")
      .int("Year of birth must be a whole year")
      .min(1900, "Year of birth must be 1900 or later")
      .refine((year) => year <= new Date().getUTCFullYear() - 19, {
        message: "NutriWeek's reference intakes are for adults (19 and over)",
      }),
    birthMonth: number("Month of birth")
      .int("Month of birth must be 1 to 12")
      .min(1, "Month of birth must be 1 to 12")
      .max(12, "Month of birth must be 1 to 12")
      .nullable()
      .default(null)
      .meta({ description: "Optional; with it the age (and so the NIH age band) is exact to the month." }),
    pregnancy: z
      .enum(["pregnant", "lactating"], { error: "Choose pregnant, lactating or neither" })
      .nullable()
      .default(null),
    heightCm: number("Height")
      .min(100, "Height must be between 100 and 250 cm")
      .max(250, "Height must be between 100 and 250 cm"),
    weightKg: number("Weight")
      .min(30, "Weight must be between 30 and 300 kg")
      .max(300, "Weight must be between 30 and 300 kg"),
    activityLevel: z.enum(ACTIVITY_LEVELS, { error: "Choose an activity level" }),
    energyTargetOverrideKcal: number("Energy target")
      .int("Energy target must be a whole number of kcal")
      .min(1200, "Energy target must be between 1,200 and 5,000 kcal")
      .max(5000, "Energy target must be between 1,200 and 5,000 kcal")
      .nullable()
      .default(null),
    diet: z.enum(DIETS, { error: "Choose a diet" }),
    allergens: checkboxGroup(z.enum(ALLERGENS, { error: "Unknown allergen" })),
    // Food ids are int4 in Postgres: a larger one failed the save with a database error.
    dislikedFoodIds: checkboxGroup(
      number("Disliked food").int().positive().max(2_147_483_647, "Disliked food is not a known food"),
    ).pipe(z.array(z.number()).max(200, "At most 200 disliked foods")),
    dislikedFamilies: checkboxGroup(z.enum(FOOD_FAMILY_IDS, { error: "Unknown ingredient family" })),
    dislikedRecipeIds: checkboxGroup(
      number("Disliked dish").int().positive().max(2_147_483_647, "Disliked dish is not a known dish"),
    ).pipe(z.array(z.number()).max(500, "At most 500 disliked dishes")),
    favouredNutrients: checkboxGroup(z.enum(TARGET_NUTRIENTS, { error: "Unknown nutrient" })),
    householdSize: number("Household size")
      .int("Household size must be a whole number")
      .min(1, "Household size must be between 1 and 12")
      .max(12, "Household size must be between 1 and 12"),
    riskFactors: checkboxGroup(z.enum(RISK_FACTORS, { error: "Unknown risk factor" })),
    sunExposure: z.enum(SUN_EXPOSURES, { error: "Choose how much sun you get" }),
    // Snapshots saved before the setting existed read as metric.
    units: z.enum(UNIT_SYSTEMS, { error: "Choose metric or US units" }).default("metric"),
    // Absent (an older snapshot, an API call without it): all three.
    plannedMeals: z
      .preprocess(
        (value) =>
          value === undefined ? [...MAIN_MEALS] : Array.isArray(value) ? [...new Set(value)] : [value],
        z.array(z.enum(MAIN_MEALS, { error: "Unknown meal" })),
      )
      .refine((meals) => meals.length >= 2, {
        message: "Plan at least two of breakfast, lunch and dinner",
      }),
    snacksPerDay: number("Snacks a day")
      .int("Snacks a day must be a whole number")
      .min(0, `Snacks a day must be 0 to ${MAX_SNACKS_PER_DAY}`)
      .max(MAX_SNACKS_PER_DAY, `Snacks a day must be 0 to ${MAX_SNACKS_PER_DAY}`)
      .default(1)
      .meta({ description: "Snacks a day, 0 to 3 (each its own slot: snack, snack2, snack3); default 1." }),
    mealShares: ZMealSharesSchema.nullable().default(null).meta({
      description: "Percent of the day's energy per meal; null or a meal left out: the defaults.",
    }),
  })
  .superRefine((profile, ctx) => {
    if (profile.sex === "male" && profile.pregnancy !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["pregnancy"],
        message: "Pregnancy and lactation apply to women only",
      });
    }
  })
  .transform((profile) => ({
    ...profile,
    // Sets keep the stored arrays free of duplicates a replayed form could add.
    allergens: [...new Set(profile.allergens)],
    dislikedFoodIds: [...new Set(profile.dislikedFoodIds)],
    dislikedFamilies: [...new Set(profile.dislikedFamilies)],
    dislikedRecipeIds: [...new Set(profile.dislikedRecipeIds)],
    favouredNutrients: [...new Set(profile.favouredNutrients)],
    riskFactors: [...new Set(profile.riskFactors)],
    // Stored in breakfast-lunch-dinner order whatever order the form sent.
    plannedMeals: MAIN_MEALS.filter((meal) => profile.plannedMeals.includes(meal)),
    // An empty object means "the defaults", like null.
    mealShares: profile.mealShares && Object.keys(profile.mealShares).length > 0 ? profile.mealShares : null,
  }));

/** The profile form's fields: the profile, with meal shares sent as flat fields. */
export const ZProfileFormSchema = z.preprocess(foldMealShareFields, ZProfileSchema);

export type TProfile = z.infer<typeof ZProfileSchema>;

export const ZFavourNutrientsSchema = z.object({
  favouredNutrients: checkboxGroup(z.enum(TARGET_NUTRIENTS, { error: "Unknown nutrient" })),
});
