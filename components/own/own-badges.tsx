import Link from "next/link";
import type { Food, Recipe } from "@/lib/nutrition/types";
import { Badge } from "@/components/ui/badge";
import { DeleteOwnButton } from "@/components/own/delete-own-button";

/** "Yours": a food or recipe only its owner sees. */
export function YoursBadge({ owned }: { owned: boolean }) {
  if (!owned) return null;
  return (
    <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900" data-testid="yours">
      Yours
    </Badge>
  );
}

/** On the page of the user's own food: that it is theirs, edit and delete. */
export function OwnFoodActions({ food }: { food: Food }) {
  if (!food.ownerId) return null;
  return (
    <div className="flex flex-wrap items-start gap-3">
      <YoursBadge owned />
      <p className="text-sm text-muted-foreground">From your label: only you see this food.</p>
      <Link
        href={`/foods/${food.id}/edit`}
        className="inline-flex h-10 items-center rounded-md border border-border px-4 text-sm font-medium hover:bg-secondary"
      >
        Edit
      </Link>
      <DeleteOwnButton url={`/api/foods/${food.id}`} label="Delete this food" then="/foods" />
    </div>
  );
}

/** On the page of the user's own recipe: that it is theirs, edit and delete (or that it is archived). */
export function OwnRecipeActions({ recipe }: { recipe: Recipe }) {
  if (!recipe.ownerId) return null;
  if (recipe.archived) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="archived">
        <YoursBadge owned /> You deleted this recipe; it stays here because a saved week uses it.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-3">
      <YoursBadge owned />
      <Link
        href={`/recipes/${recipe.id}/edit`}
        className="inline-flex h-10 items-center rounded-md border border-border px-4 text-sm font-medium hover:bg-secondary"
      >
        Edit
      </Link>
      <DeleteOwnButton url={`/api/recipes/${recipe.id}`} label="Delete this recipe" then="/recipes" />
    </div>
  );
}

/** For a signed-in user on the catalogue: where to add their own. */
export function AddOwnLink({ signedIn, href, label }: { signedIn: boolean; href: string; label: string }) {
  if (!signedIn) return null;
  return (
    <Link href={href} className="text-sm font-medium text-primary hover:underline">
      {label}
    </Link>
  );
}
