"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser, type ActionState } from "@/lib/actions/validated-action";
import { ProfileConflictError } from "@/lib/db/profiles";
import { magnesiumNeedsCaution } from "@/lib/nutrition/warnings";
import { ZFavourNutrientsSchema, ZProfileSchema } from "@/lib/schemas/profile";
import { getProfile } from "@/lib/services/profile/get-profile";
import { saveProfile } from "@/lib/services/profile/save-profile";

export const saveProfileAction = validatedActionWithUser(
  ZProfileSchema,
  "/profile",
  async (profile, user) => {
    try {
      await saveProfile(user.id, profile);
    } catch (error) {
      if (error instanceof ProfileConflictError) {
        return {
          status: "error",
          message: "Your profile was saved elsewhere at the same time; please try again.",
          fieldErrors: {},
          values: {},
        } satisfies ActionState;
      }
      throw error;
    }
    revalidatePath("/profile", "layout");
    return { status: "success", message: "Profile saved." };
  },
);

export const favourNutrientsAction = validatedActionWithUser(
  ZFavourNutrientsSchema,
  "/profile/symptoms",
  async ({ favouredNutrients }, user) => {
    const current = await getProfile(user.id);
    if (!current) {
      return {
        status: "error",
        message: "Fill in your profile first, then favour these nutrients.",
        fieldErrors: {},
        values: {},
      };
    }
    // Kidney disease: magnesium is never favoured from here (kidney-magnesium-caution).
    const asked = magnesiumNeedsCaution(current.profile)
      ? favouredNutrients.filter((nutrient) => nutrient !== "magnesiumMg")
      : favouredNutrients;
    const merged = [...new Set([...current.profile.favouredNutrients, ...asked])];
    await saveProfile(user.id, { ...current.profile, favouredNutrients: merged }, current.version);
    revalidatePath("/profile", "layout");
    return { status: "success", message: "Your profile now favours these nutrients." };
  },
);
