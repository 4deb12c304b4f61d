import type { Metadata } from "next";
import Link from "next/link";
import { RecipeEditor } from "@/components/own/recipe-editor";
import { requireUser } from "@/lib/auth/server";
import { editorTargets } from "@/app/_lib/editor-targets";

export const metadata: Metadata = { title: "Write a recipe" };

export default async function NewRecipePage() {
  const user = await requireUser("/recipes/new");
  const empty = {
    id: null,
    name: "",
    description: "",
    mealTypes: [],
    servings: 2,
    ingredients: [],
    steps: [],
  };
  return (
    <div className="space-y-6">
      <Link href="/recipes" className="text-sm text-primary hover:underline">
        ← All recipes
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Write a recipe</h1>
        <p className="text-sm text-muted-foreground">
          Only you see your recipes; the planner uses them for your weeks. Nutrients, diets and allergens come
          from the ingredients.
        </p>
      </div>
      <RecipeEditor initial={empty} targets={await editorTargets(user.id)} />
    </div>
  );
}
