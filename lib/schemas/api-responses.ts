// Bodies the JSON API sends, as zod schemas: the OpenAPI document (lib/openapi) is generated from them, and
// the JSON builders in app/api are typed with them, so neither can drift from the other.
import { HARD_RULES } from "@/lib/planner/types";
import { z } from "zod";
import {
  AISLES,
  ALLERGENS,
  DIET_FACTS,
  DIETS,
  MEAL_TYPES,
  NUTRIENT_KEYS,
  TARGET_NUTRIENTS,
} from "@/lib/nutrition/types";
import { COVERAGE_KEYS } from "@/lib/planner/plan-view";
import { SLOTS, SOLVER_STATUSES } from "@/lib/planner/types";
import { ZFoodInputSchema, ZNdbNoSchema, ZNutrientsSchema } from "@/lib/schemas/food";
import { planFollowShape, planRelaxedShape } from "@/lib/schemas/plan-follow-responses";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { ZMealLogExportSchema, ZMemoryExportShape, ZPlanMemoryShape } from "@/lib/schemas/memory-responses";

/** An object with one property per key, all of the same schema (records would document as a map). */
function objectOfKeys<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  return z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>);
}

const ZId = z.number().int().positive();
const ZIsoDate = z.iso.date();
const ZIsoDateTime = z.iso.datetime();
const ZDiets = z.array(z.enum(DIETS)).meta({
  description: "Diets the item certainly fits (an unverified item lists only those it cannot break).",
});
const ZAllergens = z.array(z.enum(ALLERGENS));
const ZMayContain = z.array(z.enum(ALLERGENS)).meta({
  description: "Allergens it is likely to contain (not established); excluded for people allergic to them.",
});
const ZDietCertain = z.boolean().meta({
  description:
    "False when the diet facts are not verified: it is then never offered to a diet it might break.",
});
const ZDietUncertain = z.array(z.enum(DIET_FACTS)).meta({
  description: "Diet facts it is not verified free of (empty when certain).",
});
const ZTargetNutrient = z.enum(TARGET_NUTRIENTS);

// ---- errors ----

export const ZFieldErrorSchema = z
  .object({
    field: z.string().meta({
      description: "Dotted path of the field (an unknown field is named itself), `(root)` or `(body)`.",
    }),
    message: z.string(),
  })
  .meta({ id: "FieldError" });

export const ZErrorResponseSchema = z
  .object({
    error: z.string().meta({ description: "What went wrong, in one sentence." }),
    errors: z
      .array(ZFieldErrorSchema)
      .optional()
      .meta({ description: "Present on invalid input: one entry per field." }),
  })
  .meta({
    id: "Error",
    description: "Every 4xx answer of NutriWeek's own routes.",
    example: {
      error: "Invalid limit: limit must be at most 100",
      errors: [{ field: "limit", message: "limit must be at most 100" }],
    },
  });
export type TErrorResponse = z.infer<typeof ZErrorResponseSchema>;

/** What better-auth (ADR 009) answers on /api/auth/* errors; its shape, not one NutriWeek builds. */
export const ZAuthErrorSchema = z
  .looseObject({
    code: z
      .string()
      .optional()
      .meta({ description: "Machine-readable reason, e.g. INVALID_EMAIL_OR_PASSWORD." }),
    message: z.string(),
  })
  .meta({ id: "AuthError" });

// ---- catalogue ----

const ZNutrients = ZNutrientsSchema.meta({
  id: "Nutrients",
  description: "Amounts in kcal, g, mg and µg; `null` means not measured (never 0 for unknown).",
});
const ZPortion = ZFoodInputSchema.shape.portions.element.meta({ id: "Portion" });

export const ZNutrientBadgeSchema = z
  .object({
    nutrient: ZTargetNutrient,
    level: z.enum(["high", "source"]),
    percentDv: z.number().meta({ description: "Unrounded % of the FDA Daily Value per portion." }),
  })
  .meta({ id: "NutrientBadge", description: "FDA claim: high in (≥ 20 % DV) or source of (≥ 10 % DV)." });

export const ZFoodResponseSchema = z
  .object({
    id: ZId,
    ndbNo: ZNdbNoSchema.nullable().meta({ description: "USDA SR28 NDB_No: where the figures come from." }),
    name: z.string(),
    foodGroup: z.string().meta({ description: "Slug of the SR28 food group." }),
    foodGroupLabel: z.string(),
    aisle: z.enum(AISLES),
    fortified: z.boolean().meta({ description: "Vitamin B12 or D is added to this food." }),
    diets: ZDiets,
    dietFacts: ZFoodInputSchema.shape.diet.meta({ id: "DietFacts" }),
    dietCertain: ZDietCertain,
    dietUncertain: ZDietUncertain,
    uncertainReason: z.string().nullable().meta({ description: "Why the diet facts are not verified." }),
    allergens: ZAllergens,
    mayContain: ZMayContain,
    per100g: ZNutrients,
    portions: z.array(ZPortion),
    perPortion: z
      .object({ portion: ZPortion })
      .extend(objectOfKeys(TARGET_NUTRIENTS, z.number().nullable()).shape)
      .meta({ description: "The four target nutrients in the first household portion (or 100 g)." }),
    badges: z.array(ZNutrientBadgeSchema),
    yours: z.boolean().meta({ description: "Your own food (from a label): only you can see it." }),
  })
  .meta({ id: "Food" });
export type TFoodResponse = z.infer<typeof ZFoodResponseSchema>;

export const ZRecipeResponseSchema = z
  .object({
    id: ZId,
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    mealTypes: z.array(z.enum(MEAL_TYPES)),
    servings: z.number().int().positive(),
    diets: ZDiets,
    dietCertain: ZDietCertain,
    dietUncertain: ZDietUncertain,
    uncertainReasons: z
      .array(z.string())
      .meta({ description: "One per ingredient that is not verified: its name and why." }),
    allergens: ZAllergens,
    mayContain: ZMayContain,
    perServing: objectOfKeys(NUTRIENT_KEYS, z.number().nullable()),
    lowerBound: z.array(z.enum(NUTRIENT_KEYS)).meta({
      description:
        "Nutrients whose per-serving amount is a lower bound: an ingredient's value was not measured.",
    }),
    fortifiedIngredients: z.array(z.string()),
    badges: z.array(ZNutrientBadgeSchema),
    ingredients: z.array(z.object({ foodId: ZId, name: z.string(), grams: z.number() })),
    steps: z.array(z.string()),
    yours: z.boolean().meta({ description: "Your own recipe: only you can see it." }),
    archived: z.boolean().meta({ description: "Deleted while a saved plan uses it: kept for that week." }),
  })
  .meta({ id: "Recipe" });
export type TRecipeResponse = z.infer<typeof ZRecipeResponseSchema>;

function pageOf<S extends z.ZodType>(item: S, id: string) {
  return z
    .object({
      total: z.number().int().nonnegative().meta({ description: "Matches in all, not just this page." }),
      limit: z.number().int(),
      offset: z.number().int(),
      items: z.array(item),
    })
    .meta({ id });
}
export const ZFoodPageSchema = pageOf(ZFoodResponseSchema, "FoodPage");
export type TFoodPage = z.infer<typeof ZFoodPageSchema>;
export const ZRecipePageSchema = pageOf(ZRecipeResponseSchema, "RecipePage");
export type TRecipePage = z.infer<typeof ZRecipePageSchema>;

// ---- plans ----

const ZCoverageSchema = z
  .object({
    total: z.number(),
    target: z.number(),
    percent: z.number().meta({ description: "total / target × 100, not capped." }),
    lowerBound: z
      .boolean()
      .meta({ description: "An ingredient had no figure: the real total is at least this." }),
    flagged: z.boolean().meta({ description: "A nutrient the person asked to favour." }),
  })
  .meta({ id: "Coverage" });
export type TCoverage = z.infer<typeof ZCoverageSchema>;
const ZCoverageByNutrient = objectOfKeys(COVERAGE_KEYS, ZCoverageSchema).meta({ id: "CoverageByNutrient" });

const ZPlanSideSchema = z
  .object({
    sideId: ZId.meta({ description: "The side's id in the side catalogue (swap or remove it by this)." }),
    foodId: ZId.nullable().meta({ description: "The food it is, for a single-food side." }),
    recipeId: ZId.nullable().meta({ description: "The recipe it is, for a small-recipe side." }),
    name: z.string(),
    grams: z.number(),
    servings: z.number().meta({ description: "Household portions (1 = the portion its name gives)." }),
    energyKcal: z.number(),
  })
  .meta({ id: "PlanSide", description: "A side eaten with the main dish (bread, fruit, a glass of milk)." });
export type TPlanSide = z.infer<typeof ZPlanSideSchema>;

const ZPlanMealSchema = z
  .object({
    slot: z.enum(SLOTS),
    recipeId: ZId,
    recipeName: z.string(),
    servings: z.number().meta({ description: "Portion size in servings of the recipe (e.g. 1.25)." }),
    locked: z.boolean(),
    sides: z
      .array(ZPlanSideSchema)
      .meta({ description: "Up to two sides; the nutrients below are the main dish's." }),
  })
  .extend(objectOfKeys(COVERAGE_KEYS, z.number()).shape)
  .meta({ id: "PlanMeal", description: "A meal and what it supplies at its portion." });
export type TPlanMeal = z.infer<typeof ZPlanMealSchema>;

const ZPlanWarningSchema = z
  .object({
    code: z.string().meta({ description: "Stable kebab-case id, e.g. vegan-b12, vitamin-d-short." }),
    severity: z.enum(["info", "warning"]),
    nutrient: ZTargetNutrient.nullable(),
    title: z.string(),
    message: z.string(),
  })
  .meta({ id: "PlanWarning" });
export type TPlanWarning = z.infer<typeof ZPlanWarningSchema>;

const ZPlanDaySchema = z
  .object({
    day: z.number().int().min(0).max(6).meta({ description: "0 is Monday." }),
    date: ZIsoDate.nullable().meta({ description: "The day's date; null in a preview (no week)." }),
    meals: z.array(ZPlanMealSchema),
    coverage: ZCoverageByNutrient,
  })
  .meta({ id: "PlanDay" });
export type TPlanDay = z.infer<typeof ZPlanDaySchema>;

const ZPlanViolationSchema = z
  .object({
    rule: z.enum(HARD_RULES),
    day: z.number().int().min(0).max(6).nullable().meta({ description: "0 is Monday; null for the week." }),
    slot: z.enum(SLOTS).nullable(),
    dishId: ZId.nullable(),
    nutrient: z.enum(NUTRIENT_KEYS).nullable(),
    amount: z.number().nullable().meta({ description: "The offending amount (kcal, mg, µg, count)." }),
    limit: z.number().nullable().meta({ description: "The limit it broke (e.g. the daily UL)." }),
  })
  .meta({ id: "PlanViolation", description: "A hard rule the plan breaks (e.g. a day above a UL)." });
export type TPlanViolation = z.infer<typeof ZPlanViolationSchema>;

export const ZPlanPreviewResponseSchema = z
  .object({
    days: z.array(ZPlanDaySchema),
    coverage: ZCoverageByNutrient.meta({ description: "Weekly totals against 7 × the daily targets." }),
    warnings: z.array(ZPlanWarningSchema),
    violations: z
      .array(ZPlanViolationSchema)
      .meta({ description: "Hard rules the plan breaks; empty when it keeps them all." }),
    b12Spread: z
      .object({
        relied: z.literal(true).meta({ description: "The plan relies on fortified foods for vitamin B12." }),
        days: z.number().int().meta({ description: "Days of the week (7)." }),
        daysWithTwoMeals: z.number().int().meta({
          description: "Days with at least two meals that carry B12 (at least `thresholdMcg` each).",
        }),
        mealsPerDay: z
          .array(z.number().int())
          .meta({ description: "Per day (0 is Monday), the meals that carry B12, main dish and sides." }),
        thresholdMcg: z
          .number()
          .meta({ description: "µg of B12 from which a meal counts as carrying it (0.5)." }),
      })
      .nullable()
      .meta({
        description:
          "For a vegan with no B12 supplement recorded: how the week spreads B12 over its meals (absorption " +
          "from one dose saturates, so fortified foods at least twice a day; NIH ODS vitamin B12 fact sheet). " +
          "The planner aims at two meals a day as a soft rule; a `b12-spread` warning names the days short of it. " +
          "Null otherwise.",
      }),
    favouring: z
      .array(
        z.object({
          nutrient: ZTargetNutrient,
          perDay: z.number().meta({ description: "Daily average of this plan (mg or µg)." }),
          perDayWithoutFavouring: z
            .number()
            .meta({ description: "Daily average of the same request planned without favouring." }),
        }),
      )
      .meta({
        description:
          "What favouring each flagged nutrient did; empty for a saved plan (not stored) or no flags.",
      }),
    solver: z
      .object({
        status: z.enum(SOLVER_STATUSES),
        objective: z.number(),
        bound: z.number().meta({ description: "Lower bound on the objective of any plan." }),
        gapPercent: z.number(),
        ms: z.number().int(),
      })
      .meta({ description: "How close the plan is to the best possible (ADR 006)." }),
  })
  .extend(planFollowShape)
  .meta({ id: "PlanPreview" });
export type TPlanPreviewResponse = z.infer<typeof ZPlanPreviewResponseSchema>;

export const ZPlanResponseSchema = z
  .object({
    id: ZId,
    weekStart: ZIsoDate.meta({ description: "Monday of the planned week." }),
    profileVersion: z.number().int().meta({ description: "The profile version the plan was built for." }),
  })
  .extend(ZPlanPreviewResponseSchema.shape)
  .extend(planRelaxedShape)
  .extend(ZPlanMemoryShape)
  .meta({ id: "Plan" });
export type TPlanResponse = z.infer<typeof ZPlanResponseSchema>;

// ---- shopping ----

const ZShoppingListItemSchema = z
  .object({
    foodId: ZId,
    name: z.string(),
    itemId: z
      .string()
      .nullable()
      .meta({ description: "The purchasable item (`bananas`), null for a food without one (imported)." }),
    quantity: z.number().positive().meta({ description: "How many `unit`s to buy, rounded up.", example: 5 }),
    unit: z.string().meta({ description: "`bananas`, `bag`, `L`, `fl oz`, `g`, `lb`…", example: "bananas" }),
    grams: z.number().int().meta({ description: "To buy, after the pantry; rounded." }),
    display: z.string().meta({ description: "Quantity and unit as read: `5 bananas`, `1 bag (500 g)`." }),
    need: z.string().meta({ description: "The exact need beside it: `need ~560 g`." }),
    aisle: z.enum(AISLES),
    checked: z.boolean(),
    inPantry: z.boolean().meta({ description: "Needed, but the pantry covers all of it." }),
  })
  .meta({ id: "ShoppingListItem" });
export type TShoppingListItem = z.infer<typeof ZShoppingListItemSchema>;

export const ZShoppingListResponseSchema = z
  .object({
    planId: ZId,
    weekStart: ZIsoDate,
    householdSize: z.number().int().positive(),
    units: z.enum(["metric", "us"]),
    weeks: z.array(ZIsoDate).meta({ description: "The planned weeks the list covers, oldest first." }),
    items: z.array(ZShoppingListItemSchema),
    extras: z.array(z.object({ id: ZId, text: z.string(), checked: z.boolean() })),
  })
  .meta({ id: "ShoppingList" });
export type TShoppingListResponse = z.infer<typeof ZShoppingListResponseSchema>;

// ---- health ----

export const ZHealthOkSchema = z
  .object({ status: z.literal("ok"), database: z.literal("ok"), ms: z.number() })
  .meta({ id: "HealthOk" });
export type THealthOk = z.infer<typeof ZHealthOkSchema>;

export const ZHealthFailureSchema = z
  .object({ status: z.literal("error"), database: z.literal("error"), ms: z.number(), error: z.string() })
  .meta({ id: "HealthFailure" });
export type THealthFailure = z.infer<typeof ZHealthFailureSchema>;

// ---- account export ----

const ZStoredJson = (description: string) => z.unknown().meta({ description });

export const ZAccountExportSchema = z
  .object({
    format: z.string().meta({
      description: "Name and version of this file's layout.",
      example: "nutriweek-account-export/1",
    }),
    exportedAt: ZIsoDateTime,
    account: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      emailVerified: z.boolean(),
      image: z.string().nullable(),
      createdAt: ZIsoDateTime,
      updatedAt: ZIsoDateTime,
      signInMethods: z.array(
        z.object({ provider: z.string(), createdAt: ZIsoDateTime, updatedAt: ZIsoDateTime }),
      ),
      sessions: z.array(
        z.object({
          createdAt: ZIsoDateTime,
          lastActiveAt: ZIsoDateTime,
          expiresAt: ZIsoDateTime,
          ipAddress: z.string().nullable(),
          userAgent: z.string().nullable(),
        }),
      ),
    }),
    // The profile as stored: the fields the profile form validates, plus its version.
    profile: ZProfileSchema.in.safeExtend({ version: z.number().int(), updatedAt: ZIsoDateTime }).nullable(),
    profileVersions: z.array(
      z.object({
        version: z.number().int(),
        createdAt: ZIsoDateTime,
        profile: ZStoredJson(
          "The profile as saved then (the fields of `profile`, without version and date).",
        ),
      }),
    ),
    plans: z.array(
      z.object({
        id: ZId,
        weekStart: ZIsoDate,
        profileVersion: z.number().int(),
        solver: ZPlanPreviewResponseSchema.shape.solver,
        createdAt: ZIsoDateTime,
        updatedAt: ZIsoDateTime,
        entries: z.array(
          z.object({
            day: z.number().int(),
            slot: z.enum(SLOTS),
            recipeId: ZId,
            recipeName: z.string(),
            portion: z.number(),
            locked: z.boolean(),
            sides: z.array(z.object({ sideId: ZId, name: z.string(), portion: z.number() })),
          }),
        ),
        revisions: z.array(
          z.object({
            id: ZId,
            label: z.string(),
            createdAt: ZIsoDateTime,
            entries: ZStoredJson("The plan's entries before the change, as saved."),
            solver: ZStoredJson("The solver report before the change, as saved."),
          }),
        ),
        shoppingList: z.object({
          checks: z.array(
            z.object({
              foodId: ZId,
              foodName: z.string(),
              checked: z.boolean(),
              cleared: z.boolean(),
              updatedAt: ZIsoDateTime,
            }),
          ),
          extraItems: z.array(
            z.object({ id: ZId, text: z.string(), checked: z.boolean(), createdAt: ZIsoDateTime }),
          ),
        }),
        mealLogs: z.array(ZMealLogExportSchema),
      }),
    ),
    pantry: z.array(
      z.object({ foodId: ZId, foodName: z.string(), grams: z.number(), updatedAt: ZIsoDateTime }),
    ),
  })
  .extend(ZMemoryExportShape)
  .meta({ id: "AccountExport" });
export type TAccountExport = z.infer<typeof ZAccountExportSchema>;

export const ZProfileResponseSchema = z
  .object({
    version: z.number().int().meta({ description: "Saved versions so far; each save adds one." }),
    profile: ZProfileSchema.in,
  })
  .meta({ id: "Profile", description: "The signed-in user's dietary profile, as the planner reads it." });
export type TProfileResponse = z.infer<typeof ZProfileResponseSchema>;
