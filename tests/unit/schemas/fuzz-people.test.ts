// Schema fuzz, people family: the profile form and POST /api/plans/preview (JSON), the account page's
// delete form, and /welcome's starter choices. The properties are in tests/support/schema-fuzz.ts.
import { ACTIVITY_LEVELS, RISK_FACTORS, SUN_EXPOSURES } from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { check, fuzzSchemaFamily, ok, type FormValues } from "@/tests/support/schema-fuzz";

const CURRENT_YEAR = new Date().getUTCFullYear();

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

/** A meal-shares object: known meals only, whole percents, min ≤ max. */
function mealShares(out: unknown) {
  for (const [meal, share] of Object.entries(check.obj(out))) {
    check.oneOf(meal, ["breakfast", "lunch", "dinner", "snack"]);
    const { min, max } = check.obj(share);
    check.num(min, 0, 100, { int: true });
    check.num(max, 0, 100, { int: true });
    ok(Number(min) <= Number(max), () => `${check.show(share)} has min <= max`);
  }
}

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

fuzzSchemaFamily("people", {
  // account.ts: the delete-account form (the email is compared, never stored).
  ZDeleteAccountSchema: {
    feeds: { form: { confirmEmail: "ada@example.com" } },
    check: (out) => check.text(check.obj(out).confirmEmail, 1, 320, { trimmed: true, stored: false }),
  },

  // account.ts: the user's name at sign-up and on every update (better-auth hooks).
  ZUserNameSchema: {
    feeds: { json: "Ada Lovelace" },
    check: (out) => check.text(out, 1, 100, { trimmed: true }),
  },

  // profile.ts: the profile form, POST /api/plans/preview (JSON) and profile versions read back.
  ZProfileSchema: {
    feeds: { form: PROFILE_FORM, json: PROFILE_JSON },
    check: (out) => {
      const profile = check.obj(out);
      check.oneOf(profile.sex, ["female", "male"]);
      check.num(profile.birthYear, 1900, CURRENT_YEAR - 19, { int: true });
      check.oneOf(profile.pregnancy, [null, "pregnant", "lactating"]);
      if (profile.sex === "male")
        ok(profile.pregnancy === null, () => "only women are pregnant or lactating");
      check.num(profile.heightCm, 100, 250);
      check.num(profile.weightKg, 30, 300);
      check.oneOf(profile.activityLevel, ACTIVITY_LEVELS);
      if (profile.energyTargetOverrideKcal !== null)
        check.num(profile.energyTargetOverrideKcal, 1200, 5000, { int: true });
      check.oneOf(profile.diet, DIETS);
      check.set(profile.allergens, ALLERGENS);
      const disliked = check.arr(profile.dislikedFoodIds, 0, 200);
      disliked.forEach(check.id);
      ok(new Set(disliked).size === disliked.length, () => `${check.show(disliked)} has no duplicates`);
      check.set(profile.favouredNutrients, TARGET_NUTRIENTS);
      check.num(profile.householdSize, 1, 12, { int: true });
      check.set(profile.riskFactors, RISK_FACTORS);
      check.oneOf(profile.sunExposure, SUN_EXPOSURES);
    },
  },
  ZProfileFormSchema: {
    feeds: {
      form: {
        ...PROFILE_FORM,
        plannedMeals: ["lunch", "dinner"],
        snacksPerDay: "1",
        "mealShares.lunch.min": "30",
        "mealShares.dinner.max": "45",
      },
    },
    check: (out) => {
      const profile = check.obj(out);
      check.set(profile.plannedMeals, ["breakfast", "lunch", "dinner"]);
      ok(check.arr(profile.plannedMeals, 2, 3).length >= 2, () => "at least two meals");
      check.num(profile.snacksPerDay, 0, 3, { int: true });
      if (profile.mealShares !== null) mealShares(profile.mealShares);
    },
  },
  ZMealSharesSchema: {
    feeds: { json: { breakfast: { min: 15, max: 30 }, snack: { min: 0, max: 10 } } },
    check: mealShares,
  },
  ZFavourNutrientsSchema: {
    feeds: { form: { favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"] } },
    check: (out) => check.set(check.obj(out).favouredNutrients, TARGET_NUTRIENTS),
  },

  // welcome.ts: the save-starter-plan action and /welcome?diet=..&favour=..&favour=.. (repeated keys).
  ZStarterChoicesSchema: {
    feeds: { form: { diet: "vegan", favour: ["vitaminB12Mcg", "calciumMg"] } },
    check: (out) => {
      check.oneOf(check.obj(out).diet, DIETS);
      check.set(check.obj(out).favour, TARGET_NUTRIENTS);
    },
  },
});
