"use client";
// Import a recipe page (its URL, or its HTML pasted), review each line → food + grams, fix any, save.
import { useState } from "react";
import { FoodPicker, type PickedFood } from "@/components/recipe-import/food-picker";
import { recipePartsOf } from "@/components/recipe-import/recipe-page-html";
import { MealTypeChecks } from "@/components/catalogue/meal-type-checks";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import type { MealType } from "@/lib/nutrition/types";
import type { TParsedIngredient, TRecipeImportResponse } from "@/lib/schemas/recipe-import-responses";

interface Row extends TParsedIngredient {
  editing: boolean;
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}.`;
}

function confidenceLabel(row: Row): string {
  if (row.kind === "heading") return "heading";
  if (row.foodId === null) return "no food found";
  return row.confidence >= 0.75 ? "sure" : row.confidence >= 0.5 ? "check" : "unsure";
}

/** The recipe's name, servings and meal types, as the page gave them, to change before saving. */
function DraftDetails(props: {
  draft: TRecipeImportResponse;
  name: string;
  setName: (name: string) => void;
  servings: string;
  setServings: (servings: string) => void;
  mealTypes: MealType[];
  setMealTypes: React.Dispatch<React.SetStateAction<MealType[]>>;
}) {
  const { draft, name, setName, servings, setServings, mealTypes, setMealTypes } = props;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Label htmlFor="recipe-name">Name</Label>
          <Input id="recipe-name" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div>
          <Label htmlFor="recipe-servings">
            Servings{draft.servings === null && " (the page gave none)"}
          </Label>
          <Input
            id="recipe-servings"
            type="number"
            min={1}
            value={servings}
            onChange={(event) => setServings(event.target.value)}
          />
        </div>
      </div>
      <MealTypeChecks value={mealTypes} onChange={setMealTypes} />
    </>
  );
}

/** One line of the page: its food and grams as matched, to fix by hand. */
function ImportLine({
  row,
  index,
  update,
}: {
  row: Row;
  index: number;
  update: (change: Partial<Row>) => void;
}) {
  return (
    <li data-testid="import-line" className="rounded-md border p-3">
      <p className="font-medium">{row.line}</p>
      {row.kind === "heading" ? (
        <p className="text-sm text-muted-foreground">Heading: no food.</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-3">
          <p className="text-sm" data-testid="import-food">
            {row.name ?? "No food found"}{" "}
            <span className="text-muted-foreground">({confidenceLabel(row)})</span>
          </p>
          <div>
            <Label htmlFor={`grams-${index}`}>Grams</Label>
            <Input
              id={`grams-${index}`}
              className="w-28"
              type="number"
              min={0}
              step="any"
              value={row.grams ?? ""}
              onChange={(event) =>
                update({
                  grams: event.target.value === "" ? null : Number(event.target.value),
                })
              }
            />
          </div>
          <Button type="button" variant="outline" size="sm" onClick={() => update({ editing: !row.editing })}>
            {row.editing ? "Done" : "Change food"}
          </Button>
        </div>
      )}
      {row.editing && (
        <div className="mt-2">
          <FoodPicker
            line={row.line}
            onPick={(food: PickedFood) =>
              update({
                foodId: food.id,
                ndbNo: food.ndbNo,
                name: food.name,
                editing: false,
                confidence: 1,
              })
            }
          />
        </div>
      )}
    </li>
  );
}

/** The import's state: the source, the draft the server made of it, the lines as fixed, and saving. */
function useImportDraft() {
  const [source, setSource] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<TRecipeImportResponse | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [name, setName] = useState("");
  const [servings, setServings] = useState("4");
  const [mealTypes, setMealTypes] = useState<MealType[]>(["dinner"]);
  const [savedId, setSavedId] = useState<number | null>(null);

  async function runImport() {
    setError(null);
    setBusy(true);
    const text = source.trim();
    const body = /^https?:\/\//i.test(text) ? { url: text } : { html: recipePartsOf(text) };
    const response = await fetch("/api/recipes/import", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (!response.ok) return setError(await errorOf(response));
    const result = (await response.json()) as TRecipeImportResponse;
    setDraft(result);
    setName(result.name);
    setServings(String(result.servings ?? 4));
    setRows(result.ingredients.map((item) => ({ ...item, editing: false })));
    setSavedId(null);
  }

  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  async function save() {
    if (!draft) return;
    setError(null);
    const ingredients = rows
      .filter((row) => row.foodId !== null && row.grams !== null && row.grams > 0)
      .map((row) => ({ foodId: row.foodId!, grams: row.grams!, line: row.line }));
    setBusy(true);
    const response = await fetch("/api/recipes", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, mealTypes, servings: Number(servings), ingredients, steps: draft.steps }),
    });
    setBusy(false);
    if (response.status !== 201) return setError(await errorOf(response));
    setSavedId(((await response.json()) as { id: number }).id);
  }

  const details = { name, setName, servings, setServings, mealTypes, setMealTypes };
  return { source, setSource, busy, error, draft, rows, update, runImport, save, savedId, details };
}

export function RecipeImportReview() {
  const { source, setSource, busy, error, draft, rows, update, runImport, save, savedId, details } =
    useImportDraft();
  const { name, mealTypes } = details;
  return (
    <div className="space-y-6">
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          void runImport();
        }}
      >
        <Label htmlFor="import-source">Recipe page address, or the page’s HTML</Label>
        <textarea
          id="import-source"
          className="min-h-24 w-full rounded-md border border-input bg-card p-3 font-mono text-sm"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          placeholder="https://… or <html>…"
        />
        <Button type="submit" disabled={busy || !source.trim()}>
          {busy && !draft ? "Importing…" : "Import"}
        </Button>
      </form>
      {error && (
        <p role="alert" className="rounded-md border border-destructive p-3 text-sm text-destructive">
          {error}
        </p>
      )}
      {draft && (
        <section aria-label="Review the imported recipe" className="space-y-4">
          <DraftDetails draft={draft} {...details} />
          <ol className="space-y-3" aria-label="Ingredients">
            {rows.map((row, index) => (
              <ImportLine key={index} row={row} index={index} update={(change) => update(index, change)} />
            ))}
          </ol>
          <p className="text-sm text-muted-foreground">
            Lines without a food or grams (headings, “to taste”) are left out of the saved recipe.
          </p>
          <Button
            type="button"
            onClick={() => void save()}
            disabled={busy || !name.trim() || mealTypes.length === 0}
          >
            Save recipe
          </Button>
          {savedId !== null && (
            <p role="status">
              Saved.{" "}
              <a className="underline" href={`/recipes/${savedId}`}>
                Open the recipe
              </a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
