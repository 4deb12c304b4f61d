import { redirect } from "next/navigation";
import { TryIt } from "@/components/home/try-it";
import { currentUser } from "@/lib/auth/server";

export default async function HomePage() {
  // Signed-in people come for their week.
  if (await currentUser()) redirect("/plan");
  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">
          Meals that bring you more magnesium, calcium, vitamin D and B12
        </h1>
        <p>
          Eyelid twitching, cramps or tingling are often linked to low magnesium, calcium (with the vitamin D
          needed to absorb it) or vitamin B12. NutriWeek plans a week of real meals that favour the nutrients
          you choose, within your diet, allergies and calorie needs, and shows how much of each you get, with
          USDA figures.
        </p>
        <p className="text-sm text-muted-foreground">
          This is not a diagnosis. Twitches often pass on their own; persistent or worsening symptoms need a
          doctor, who can test your magnesium, calcium and B12 levels.
        </p>
      </section>
      <TryIt />
    </div>
  );
}
