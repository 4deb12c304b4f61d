"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import {
  ZCheckExtraFormSchema,
  ZCheckItemFormSchema,
  ZExtraItemFormSchema,
  ZPlanIdSchema,
} from "@/lib/schemas/plan";
import {
  addShoppingExtra,
  checkShoppingExtra,
  checkShoppingItems,
  clearCheckedItems,
} from "@/lib/services/shopping/update-shopping-list";

export const checkItemAction = validatedActionWithUser(
  ZCheckItemFormSchema,
  "/shopping",
  async (input, user) => {
    await checkShoppingItems(user.id, input.planId, [{ foodId: input.foodId, checked: input.checked }]);
    revalidatePath("/shopping");
    return "Saved.";
  },
);

export const checkExtraAction = validatedActionWithUser(
  ZCheckExtraFormSchema,
  "/shopping",
  async (input, user) => {
    await checkShoppingExtra(user.id, input.planId, input.id, input.checked);
    revalidatePath("/shopping");
    return "Saved.";
  },
);

export const addExtraAction = validatedActionWithUser(
  ZExtraItemFormSchema,
  "/shopping",
  async (input, user) => {
    await addShoppingExtra(user.id, input.planId, input.text);
    revalidatePath("/shopping");
    return `Added “${input.text}”.`;
  },
);

export const clearCheckedAction = validatedActionWithUser(
  ZPlanIdSchema,
  "/shopping",
  async ({ planId }, user) => {
    await clearCheckedItems(user.id, planId);
    revalidatePath("/shopping");
    return "Checked items cleared.";
  },
);
