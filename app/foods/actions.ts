"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { ZLabelFoodFormSchema } from "@/lib/schemas/own-food";
import { createOwnFood } from "@/lib/services/own-foods/save-own-food";

/** /foods/new: a food from its nutrition label, private to the user; then its page. */
export const createOwnFoodAction = validatedActionWithUser(
  ZLabelFoodFormSchema,
  "/foods/new",
  async (label, user) => {
    const { food } = await createOwnFood({ userId: user.id, label });
    revalidatePath("/foods");
    redirect(`/foods/${food.id}`);
  },
);
