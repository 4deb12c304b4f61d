// Parts of the plan and preview bodies that say whether a week follows the profile: conflicts, the rule
// that binds and its relaxations, the variety figure, calcium eaten and counted (docs/decisions/020).
import { z } from "zod";
import { CONFLICT_RULES } from "@/lib/planner/profile-conflicts";
import { RELAXATION_KINDS } from "@/lib/planner/relaxations";
import { HARD_RULES, SLOTS } from "@/lib/planner/types";

const ZPlanConflictSchema = z
  .object({
    day: z.number().int().min(0).max(6).meta({ description: "0 is Monday." }),
    slot: z.enum(SLOTS),
    recipeId: z.number().int().positive(),
    recipeName: z.string(),
    reasons: z
      .array(
        z.object({
          rule: z.enum(CONFLICT_RULES),
          subject: z
            .string()
            .nullable()
            .meta({ description: 'What the meal contains ("peanuts", "meat"); null for a disliked dish.' }),
          message: z.string().meta({ description: '"contains peanuts", "may contain sesame".' }),
        }),
      )
      .min(1),
  })
  .meta({ id: "PlanConflict", description: "A meal that breaks the profile as it is now." });

const ZRelaxationSchema = z
  .object({
    id: z.string().meta({
      description:
        'Send it back to apply it to this week: "repeats-3", "add-snack" (one more snack a day), "drop-family-mushrooms".',
    }),
    kind: z.enum(RELAXATION_KINDS),
    label: z.string(),
  })
  .meta({ id: "PlanRelaxation", description: "A rule that can be relaxed for this week only." });

/** Fields shared by the preview and the saved plan. */
export const planFollowShape = {
  conflicts: z.array(ZPlanConflictSchema).meta({
    description:
      "Meals of this or a later week that break the profile as it is now (diet, allergen, may-contain allergen, disliked food, family or dish); empty in a preview.",
  }),
  bindingRule: z
    .object({ rule: z.enum(HARD_RULES), message: z.string() })
    .nullable()
    .meta({ description: "The rule the week cannot keep, in words; null when it keeps every rule." }),
  relaxations: z
    .array(ZRelaxationSchema)
    .meta({ description: "Relaxations likely to lift the binding rule; empty when nothing binds." }),
  variety: z
    .object({
      distinctDishes: z.number().int(),
      meals: z.number().int(),
      overlapWithLastWeek: z
        .number()
        .int()
        .nullable()
        .meta({ description: "Distinct dishes also planned the week before; null without a plan then." }),
    })
    .meta({ id: "PlanVariety" }),
  calcium: z
    .object({
      eatenMg: z.number(),
      countedMg: z.number().meta({ description: "Milk-equivalent: what counts toward the calcium target." }),
      poorlyAbsorbed: z.array(z.object({ name: z.string(), reason: z.string(), lostMg: z.number() })),
    })
    .meta({ id: "PlanCalcium", description: "Calcium per day on average, eaten and counted." }),
};

/** Only a saved plan has these. */
export const planRelaxedShape = {
  relaxed: z
    .array(z.string())
    .meta({ description: "Relaxation ids applied to this week (its profile is unchanged)." }),
};
