import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { RecipeEditor } from "@/components/own/recipe-editor";
import { requireUser } from "@/lib/auth/server";
import { editorTargets } from "@/app/_lib/editor-targets";

const TITLE = "Write a recipe";
const INTRO =
  "Only you see your recipes; the planner uses them for your weeks. Nutrients, diets and allergens come from the ingredients.";
export const metadata: Metadata = { title: TITLE };

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
      <PageHeader back={{ href: "/recipes", label: "All recipes" }} title={TITLE} intro={INTRO} />
      <RecipeEditor initial={empty} targets={await editorTargets(user.id)} />
    </div>
  );
}
