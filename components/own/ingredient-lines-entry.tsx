"use client";
// Ingredients typed as text ("2 large eggs", "200g firm tofu"): the ingredient-line parser (POST
// /api/ingredients/parse, ADR 023) finds the food (the user's own first) and the grams; lines it cannot
// match stay in the field, to fix or to search for below.
import { useId, useState } from "react";
import type { Food } from "@/lib/nutrition/types";
import type { TFoodResponse } from "@/lib/schemas/api-responses";
import type { TIngredientParseResponse } from "@/lib/schemas/recipe-import-responses";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/input";
import { foodOfResponse } from "@/components/own/editor-food";

export interface ParsedIngredient {
  food: Food;
  grams: number;
  line: string;
}

type Item = TIngredientParseResponse["items"][number];

async function foodOf(id: number): Promise<Food | null> {
  const response = await fetch(`/api/foods/${id}`).catch(() => null);
  return response?.ok ? foodOfResponse((await response.json()) as TFoodResponse) : null;
}

/** A matched line with its food, or null; a line without grams (no amount given) counts one portion. */
async function ingredientOf(item: Item): Promise<ParsedIngredient | null> {
  if (item.foodId === null) return null;
  const food = await foodOf(item.foodId);
  if (!food) return null;
  const grams = item.grams ?? food.portions[0]?.grams ?? 100;
  return { food, grams, line: item.line };
}

export function IngredientLinesEntry({ onAdd }: { onAdd: (ingredients: ParsedIngredient[]) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);

  const add = async () => {
    const lines = text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) return;
    setPending(true);
    const response = await fetch("/api/ingredients/parse", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lines }),
    }).catch(() => null);
    if (!response?.ok) {
      setPending(false);
      const answer = (await response?.json().catch(() => null)) as { error?: string } | null;
      return setStatus(answer?.error ?? "Could not read the lines; try again.");
    }
    const { items } = (await response.json()) as TIngredientParseResponse;
    // Headings and "to taste" lines add nothing to the nutrients (ADR 023).
    const counted = (item: Item) => item.kind === "ingredient";
    const found = await Promise.all(items.map((item) => (counted(item) ? ingredientOf(item) : null)));
    setPending(false);
    const added = found.filter((ingredient) => ingredient !== null);
    const missed = items.filter((item, i) => counted(item) && found[i] === null).map((item) => item.line);
    onAdd(added);
    setText(missed.join("\n"));
    setStatus(
      `Added ${added.length} of ${lines.length} ${lines.length === 1 ? "line" : "lines"}.` +
        (missed.length ? ` No food found for: ${missed.join("; ")}. Fix the words or search below.` : ""),
    );
  };

  return (
    <div className="space-y-1">
      <Label htmlFor={id}>Type ingredients, one per line</Label>
      <textarea
        id={id}
        className="min-h-16 w-full rounded-md border border-input bg-card p-2 text-sm"
        placeholder={"2 large eggs\n200g firm tofu, pressed"}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => void add()}>
        {pending ? "Reading…" : "Add these lines"}
      </Button>
      <p role="status" aria-live="polite" className="text-sm" data-testid="lines-status">
        {status}
      </p>
    </div>
  );
}
