import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { LabelFoodForm } from "@/components/own/label-food-form";
import { requireUser } from "@/lib/auth/server";
import { createOwnFoodAction } from "@/app/foods/actions";

const TITLE = "Add a food from its label";
const INTRO =
  "Copy the figures of one serving from the package, in the units printed. Leave a figure blank when the label does not show it. Only you see this food; your recipes can use it.";
export const metadata: Metadata = { title: TITLE };

export default async function NewFoodPage() {
  await requireUser("/foods/new");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader back={{ href: "/foods", label: "All foods" }} title={TITLE} intro={INTRO} />
      <LabelFoodForm action={createOwnFoodAction} />
    </div>
  );
}
