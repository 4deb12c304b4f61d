"use server";

import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { weekStartOf } from "@/lib/planner/week";
import { ZStarterChoicesSchema } from "@/lib/schemas/welcome";
import { startWithChoices } from "@/lib/services/account/start-with-choices";

export const saveStarterPlanAction = validatedActionWithUser(
  ZStarterChoicesSchema,
  "/welcome",
  async (choices, user) => {
    await startWithChoices(user.id, choices, weekStartOf(undefined));
    redirect("/plan");
  },
);
