import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditOwnFoodForm } from "@/components/own/edit-own-food-form";
import { requireUser } from "@/lib/auth/server";
import { labelFormValues } from "@/lib/nutrition/label";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getFood } from "@/lib/services/catalogue/get-food";
import { orNotFound } from "@/app/_lib/page-data";

export const metadata: Metadata = { title: "Edit your food" };

type Props = { params: Promise<{ id: string }> };

export default async function EditFoodPage({ params }: Props) {
  const raw = await params;
  const user = await requireUser(`/foods/${encodeURIComponent(raw.id)}/edit`);
  const parsed = ZIdParamSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { food } = await orNotFound(getFood({ id: parsed.data.id, viewerId: user.id }));
  // A catalogue food is not the user's to edit: the same 404 as none.
  if (food.ownerId !== user.id) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={`/foods/${food.id}`} className="text-sm text-primary hover:underline">
        ← {food.name}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Edit your food</h1>
        <p className="text-sm text-muted-foreground">
          The figures are per serving in g, mg or µg (a % Daily Value or IU you entered was converted).
          Recipes that use this food change with it.
        </p>
      </div>
      <EditOwnFoodForm foodId={food.id} initial={labelFormValues(food)} />
    </div>
  );
}
