"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { ZPantryFormSchema } from "@/lib/schemas/plan";
import { setPantryItem } from "@/lib/services/shopping/pantry";

export const setPantryAction = validatedActionWithUser(
  ZPantryFormSchema,
  "/pantry",
  async ({ foodId, grams }, user) => {
    await setPantryItem(user.id, foodId, grams);
    revalidatePath("/pantry");
    revalidatePath("/shopping");
    return grams > 0 ? "Pantry updated." : "Removed from the pantry.";
  },
);
