import type { Metadata } from "next";
import Link from "next/link";
import { LabelFoodForm } from "@/components/own/label-food-form";
import { requireUser } from "@/lib/auth/server";
import { createOwnFoodAction } from "@/app/foods/actions";

export const metadata: Metadata = { title: "Add a food from its label" };

export default async function NewFoodPage() {
  await requireUser("/foods/new");
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/foods" className="text-sm text-primary hover:underline">
        ← All foods
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Add a food from its label</h1>
        <p className="text-sm text-muted-foreground">
          Copy the figures of one serving from the package, in the units printed. Leave a figure blank when
          the label does not show it. Only you see this food; your recipes can use it.
        </p>
      </div>
      <LabelFoodForm action={createOwnFoodAction} />
    </div>
  );
}
