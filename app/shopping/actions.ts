"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser, type ActionState } from "@/lib/actions/validated-action";
import { ZCheckExtraFormSchema, ZExtraItemFormSchema, ZPlanIdSchema } from "@/lib/schemas/plan";
import {
  addShoppingExtra,
  checkShoppingExtra,
  clearCheckedItems,
} from "@/lib/services/shopping/update-shopping-list";

const done = (ok: boolean, message: string): ActionState => {
  revalidatePath("/shopping");
  return ok
    ? { status: "success", message }
    : { status: "error", message: "That list was not found.", fieldErrors: {}, values: {} };
};

export const checkExtraAction = validatedActionWithUser(
  ZCheckExtraFormSchema,
  "/shopping",
  async (input, user) =>
    done(await checkShoppingExtra(user.id, input.planId, input.id, input.checked), "Saved."),
);

export const addExtraAction = validatedActionWithUser(
  ZExtraItemFormSchema,
  "/shopping",
  async (input, user) =>
    done(await addShoppingExtra(user.id, input.planId, input.text), `Added “${input.text}”.`),
);

export const clearCheckedAction = validatedActionWithUser(
  ZPlanIdSchema,
  "/shopping",
  async ({ planId }, user) => done(await clearCheckedItems(user.id, planId), "Checked items cleared."),
);
