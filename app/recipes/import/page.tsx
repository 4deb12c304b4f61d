import type { Metadata } from "next";
import { RecipeImportReview } from "@/components/recipe-import/recipe-import-review";
import { requireUser } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Import a recipe" };

export default async function RecipeImportPage() {
  await requireUser("/recipes/import");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Import a recipe</h1>
        <p className="text-sm text-muted-foreground">
          Paste a recipe page’s address or its HTML. Each ingredient line is matched to a food with its grams;
          check the ones marked “check” or “unsure”, fix any, then save. Nothing is saved before that.
        </p>
      </header>
      <RecipeImportReview />
    </div>
  );
}
