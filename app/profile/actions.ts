"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { ZFavourNutrientsSchema, ZProfileFormSchema } from "@/lib/schemas/profile";
import { favourNutrients } from "@/lib/services/profile/favour-nutrients";
import { saveProfile } from "@/lib/services/profile/save-profile";

export const saveProfileAction = validatedActionWithUser(
  ZProfileFormSchema,
  "/profile",
  async (profile, user) => {
    await saveProfile(user.id, profile);
    revalidatePath("/profile", "layout");
    return "Profile saved.";
  },
);

export const favourNutrientsAction = validatedActionWithUser(
  ZFavourNutrientsSchema,
  "/profile/symptoms",
  async ({ favouredNutrients }, user) => {
    await favourNutrients(user.id, favouredNutrients);
    revalidatePath("/profile", "layout");
    return "Your profile now favours these nutrients.";
  },
);
