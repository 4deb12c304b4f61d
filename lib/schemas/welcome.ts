import { z } from "zod";
import { DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { checkboxGroup } from "@/lib/schemas/form-data";

/** The choices a visitor made on the home page, carried through sign-up in the URL. */
export const ZStarterChoicesSchema = z.object({
  diet: z.enum(DIETS, { error: "Choose a diet" }).default("omnivore"),
  favour: checkboxGroup(z.enum(TARGET_NUTRIENTS, { error: "Unknown nutrient" })),
});
export type TStarterChoices = z.infer<typeof ZStarterChoicesSchema>;

export function starterChoicesQuery(choices: TStarterChoices): string {
  const params = new URLSearchParams({ diet: choices.diet });
  for (const nutrient of choices.favour) params.append("favour", nutrient);
  return params.toString();
}
