import type { Metadata } from "next";
import { ProfileHeader } from "@/components/profile/profile-header";
import { SymptomHelper } from "@/components/profile/symptom-helper";
import { requireUser } from "@/lib/auth/server";
import { SYMPTOM_DISCLAIMER } from "@/lib/nutrition/symptoms";
import { magnesiumNeedsCaution } from "@/lib/nutrition/warnings";
import { getProfile } from "@/lib/services/profile/get-profile";
import { favourNutrientsAction } from "@/app/profile/actions";

export const metadata: Metadata = { title: "Symptom helper" };

export default async function SymptomsPage() {
  const user = await requireUser("/profile/symptoms");
  const current = await getProfile(user.id);
  return (
    <div className="space-y-6">
      <ProfileHeader title="Symptom helper" />
      <aside className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="disclaimer">
        <ul className="list-disc space-y-1 pl-5">
          {SYMPTOM_DISCLAIMER.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </aside>
      <SymptomHelper
        action={favourNutrientsAction}
        magnesiumCaution={current ? magnesiumNeedsCaution(current.profile) : false}
      />
    </div>
  );
}
