import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/profile/profile-form";
import { ProfileHeader } from "@/components/profile/profile-header";
import { TargetsPanel, WarningsList } from "@/components/profile/targets-panel";
import { requireUser } from "@/lib/auth/server";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { personalTargets } from "@/lib/nutrition/energy";
import { profileWarnings } from "@/lib/nutrition/warnings";
import { getFoodNames } from "@/lib/services/catalogue/get-food-names";
import { getRecipeNames } from "@/lib/services/catalogue/get-recipe-names";
import { listFamilyFoods } from "@/lib/services/catalogue/list-family-foods";
import { getProfile } from "@/lib/services/profile/get-profile";
import { saveProfileAction } from "@/app/profile/actions";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const stored = await getProfile(user.id);
  const now = new Date();
  const profile = stored?.profile ?? starterProfile(now.getUTCFullYear());
  const dislikedFoods = await getFoodNames(profile.dislikedFoodIds);
  const [dislikedDishes, familyFoods] = await Promise.all([
    getRecipeNames(profile.dislikedRecipeIds),
    listFamilyFoods(),
  ]);
  return (
    <div className="space-y-6">
      <ProfileHeader title="Your profile">
        {!stored && (
          <p className="text-sm text-muted-foreground">
            Tell NutriWeek about you to get your own targets. Nothing is saved until you press “Save profile”.
          </p>
        )}
      </ProfileHeader>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <ProfileForm
          action={saveProfileAction}
          profile={profile}
          dislikedFoods={dislikedFoods}
          dislikedDishes={dislikedDishes}
          familyFoods={familyFoods}
        />
        {stored && (
          <aside className="space-y-6">
            <TargetsPanel targets={personalTargets(stored.profile, now)} />
            <WarningsList warnings={profileWarnings(stored.profile, now)} />
          </aside>
        )}
      </div>
      <p className="text-sm">
        <Link href="/account" className="text-primary underline underline-offset-4">
          Your data and account
        </Link>
        : download everything NutriWeek holds about you, or delete your account.
      </p>
    </div>
  );
}
