"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { ZHaveItemFormSchema, ZPantryFormSchema } from "@/lib/schemas/plan";
import { addToPantry, setPantryAmount } from "@/lib/services/shopping/pantry";

function revalidateLists() {
  revalidatePath("/pantry");
  revalidatePath("/shopping");
}

export const setPantryAction = validatedActionWithUser(ZPantryFormSchema, "/pantry", async (amount, user) => {
  const { name } = await setPantryAmount(user.id, amount);
  revalidateLists();
  return amount.quantity > 0 ? `${name}: pantry updated.` : `${name} removed from the pantry.`;
});

/** "I have this" from the shopping list: what the list still needed goes into the pantry. */
export const haveItemAction = validatedActionWithUser(
  ZHaveItemFormSchema,
  "/shopping",
  async (input, user) => {
    await addToPantry(user.id, input.foodId, input.grams);
    revalidateLists();
    return "Moved to the pantry.";
  },
);
