import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { notFound } from "next/navigation";
import { RecipeEditor } from "@/components/own/recipe-editor";
import { requireUser } from "@/lib/auth/server";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { orNotFound } from "@/app/_lib/page-data";
import { editorTargets } from "@/app/_lib/editor-targets";

export const metadata: Metadata = { title: "Edit your recipe" };

type Props = { params: Promise<{ id: string }> };

export default async function EditRecipePage({ params }: Props) {
  const raw = await params;
  const user = await requireUser(`/recipes/${encodeURIComponent(raw.id)}/edit`);
  const parsed = ZIdParamSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { recipe } = await orNotFound(getRecipe({ id: parsed.data.id, viewerId: user.id }));
  // A catalogue recipe, or an archived one of theirs, is not the user's to edit: the same 404 as none.
  if (recipe.ownerId !== user.id || recipe.archived) notFound();
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: `/recipes/${recipe.id}`, label: recipe.name }} title="Edit your recipe" />
      <RecipeEditor initial={{ ...recipe, id: recipe.id }} targets={await editorTargets(user.id)} />
    </div>
  );
}
