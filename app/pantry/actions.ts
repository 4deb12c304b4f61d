"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser, type ActionState } from "@/lib/actions/validated-action";
import { isAppError } from "@/lib/errors/app-error";
import { ZHaveItemFormSchema, ZPantryFormSchema } from "@/lib/schemas/plan";
import { addToPantry, setPantryAmount } from "@/lib/services/shopping/pantry";

function failed(error: unknown): ActionState {
  if (!isAppError(error)) throw error;
  const fieldErrors = Object.fromEntries(error.fieldErrors.map((e) => [e.field, [e.message]]));
  return { status: "error", message: error.message, fieldErrors, values: {} };
}

function saved(message: string): ActionState {
  revalidatePath("/pantry");
  revalidatePath("/shopping");
  return { status: "success", message };
}

export const setPantryAction = validatedActionWithUser(ZPantryFormSchema, "/pantry", async (amount, user) => {
  try {
    const { name } = await setPantryAmount(user.id, amount);
    return saved(amount.quantity > 0 ? `${name}: pantry updated.` : `${name} removed from the pantry.`);
  } catch (error) {
    return failed(error);
  }
});

/** "I have this" from the shopping list: what the list still needed goes into the pantry. */
export const haveItemAction = validatedActionWithUser(
  ZHaveItemFormSchema,
  "/shopping",
  async (input, user) => {
    try {
      await addToPantry(user.id, input.foodId, input.grams);
      return saved("Moved to the pantry.");
    } catch (error) {
      return failed(error);
    }
  },
);
