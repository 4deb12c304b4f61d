import type { Metadata } from "next";
import { ActionButton } from "@/components/plan/action-button";
import { NutrientLabel } from "@/components/nutrient";
import { requireUser } from "@/lib/auth/server";
import { searchParamsToObject } from "@/lib/schemas/catalogue";
import { starterChoicesQuery, ZStarterChoicesSchema } from "@/lib/schemas/welcome";
import { saveStarterPlanAction } from "@/app/welcome/actions";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const favour = raw.favour === undefined ? [] : ([] as string[]).concat(raw.favour);
  const parsed = ZStarterChoicesSchema.safeParse({ ...searchParamsToObject(raw), favour });
  const choices = parsed.success ? parsed.data : ZStarterChoicesSchema.parse({});
  await requireUser(`/welcome?${starterChoicesQuery(choices)}`);
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Welcome to NutriWeek</h1>
      <p>
        Save the week you previewed: a {choices.diet} plan
        {choices.favour.length > 0 && (
          <>
            {" "}
            favouring{" "}
            {choices.favour.map((nutrient, index) => (
              <span key={nutrient}>
                {index > 0 && ", "}
                <NutrientLabel nutrient={nutrient} />
              </span>
            ))}
          </>
        )}
        . You can refine your profile (age, body, allergies) afterwards.
      </p>
      <ActionButton
        action={saveStarterPlanAction}
        fields={{
          diet: choices.diet,
          ...Object.fromEntries(choices.favour.map((n, i) => [`favour-${i}`, n])),
        }}
        label="Save this plan"
        pendingLabel="Saving your week…"
        testId="save-starter-plan"
      />
    </section>
  );
}
