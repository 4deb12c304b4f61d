import { z } from "zod";
import { FOOD_FAMILY_IDS } from "@/lib/nutrition/food-families";
import { ACTIVITY_LEVELS, RISK_FACTORS, SUN_EXPOSURES } from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { checkboxGroup } from "@/lib/schemas/form-data";

const number = (field: string) => z.coerce.number({ error: `${field} must be a number` });

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
  }));

export type TProfile = z.infer<typeof ZProfileSchema>;

export const ZFavourNutrientsSchema = z.object({
  favouredNutrients: checkboxGroup(z.enum(TARGET_NUTRIENTS, { error: "Unknown nutrient" })),
});
