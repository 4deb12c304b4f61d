"use client";

import { ActionLabel } from "@/components/ui/action-label";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { type Food, type MealType, type Recipe } from "@/lib/nutrition/types";
import { buyingPortionsOf } from "@/lib/shopping/buying-portions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Input, Label, NativeSelect } from "@/components/ui/input";
import { buyingUnitValue, foodOfResponse, gramsOf, type EditorLine } from "@/components/own/editor-food";
import { IngredientLinesEntry } from "@/components/own/ingredient-lines-entry";
import { MealTypeChecks } from "@/components/catalogue/meal-type-checks";
import { FoodCombobox } from "@/components/catalogue/food-combobox";
import { RecipeLivePanel, type DailyTargets } from "@/components/own/recipe-live-panel";

export interface EditorRecipe {
  id: number | null;
  name: string;
  description: string;
  mealTypes: MealType[];
  servings: number;
  ingredients: { food: Food; grams: number; line?: string | null }[];
  steps: string[];
}

type FieldErrors = Record<string, string>;

function draftRecipe(name: string, servings: string, lines: EditorLine[]): Recipe | null {
  const ingredients = lines.flatMap((line) => {
    const grams = gramsOf(line);
    return Number.isFinite(grams) ? [{ food: line.food, grams }] : [];
  });
  const count = Number(servings);
  if (ingredients.length === 0 || !Number.isInteger(count) || count < 1) return null;
  return {
    id: 0,
    slug: "draft",
    name,
    description: "",
    mealTypes: [],
    servings: count,
    steps: [],
    ingredients,
  };
}

type ErrorText = (field: string) => React.ReactNode;

interface SaveAnswer {
  id?: number;
  error?: string;
  errors?: { field: string; message: string }[];
}

/** What the recipes API takes: grams from each line's amount and unit, steps one per line. */
function recipeBodyOf(form: {
  name: string;
  description: string;
  mealTypes: MealType[];
  servings: string;
  lines: EditorLine[];
  steps: string;
}) {
  const { name, description, mealTypes, servings, lines, steps } = form;
  return {
    name,
    description,
    mealTypes,
    servings: Number(servings),
    ingredients: lines.map((line) => ({
      foodId: line.food.id,
      grams: Math.round(gramsOf(line) * 10) / 10,
      ...(line.line ? { line: line.line } : {}),
    })),
    steps: steps
      .split("\n")
      .map((step) => step.trim())
      .filter(Boolean),
  };
}

/** POST (a new recipe) or PATCH (an edit) to the recipes API; a network failure answers null. */
async function sendRecipe(id: number | null, body: unknown) {
  const response = await fetch(id === null ? "/api/recipes" : `/api/recipes/${id}`, {
    method: id === null ? "POST" : "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  const answer = (await response?.json().catch(() => null)) as SaveAnswer | null;
  return { response, answer };
}

/** One ingredient: its food, an amount in grams, a household portion or a buying unit, and Remove. */
function IngredientRow({
  line,
  index,
  update,
  remove,
  errorText,
}: {
  line: EditorLine;
  index: number;
  update: (change: Partial<EditorLine>) => void;
  remove: () => void;
  errorText: ErrorText;
}) {
  return (
    <li className="space-y-1" data-testid="ingredient-line">
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-40 flex-1 text-sm">{line.food.name}</span>
        <Input
          aria-label={`${line.food.name}: amount`}
          inputMode="decimal"
          className="w-24"
          value={line.quantity}
          onChange={(e) => update({ quantity: e.target.value })}
        />
        <NativeSelect
          aria-label={`${line.food.name}: unit`}
          value={line.unit}
          onChange={(e) => update({ unit: e.target.value })}
        >
          <option value="g">g</option>
          {line.food.portions.map((portion, i) => (
            <option key={i} value={String(i)}>
              × {portion.description} ({portion.grams} g)
            </option>
          ))}
          {buyingPortionsOf(line.food.ndbNo).map((portion, i) => (
            <option key={`buy-${i}`} value={buyingUnitValue(i)}>
              × {portion.description} as bought ({portion.grams} g)
            </option>
          ))}
        </NativeSelect>
        <Button type="button" variant="ghost" onClick={remove}>
          <ActionLabel verb="Remove" name={line.food.name} />
        </Button>
      </div>
      {errorText(`ingredients.${index}.grams`)}
      {errorText(`ingredients.${index}.foodId`)}
    </li>
  );
}

/** The ingredient rows, typed ingredient lines (parsed to food and grams) and the food search. */
function IngredientsFieldset({
  lines,
  setLines,
  nextKey,
  update,
  errorText,
}: {
  lines: EditorLine[];
  setLines: React.Dispatch<React.SetStateAction<EditorLine[]>>;
  nextKey: React.RefObject<number>;
  update: (key: number, change: Partial<EditorLine>) => void;
  errorText: ErrorText;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Ingredients</legend>
      <ul className="space-y-2">
        {lines.map((line, index) => (
          <IngredientRow
            key={line.key}
            line={line}
            index={index}
            update={(change) => update(line.key, change)}
            remove={() => setLines((list) => list.filter((l) => l.key !== line.key))}
            errorText={errorText}
          />
        ))}
      </ul>
      {errorText("ingredients")}
      <IngredientLinesEntry
        onAdd={(parsed) =>
          setLines((list) => [
            ...list,
            ...parsed.map(({ food, grams, line }) => ({
              key: nextKey.current++,
              food,
              quantity: String(Math.round(grams * 10) / 10),
              unit: "g",
              line,
            })),
          ])
        }
      />
      <FoodCombobox
        label="Add an ingredient"
        highlightFirst
        onPick={(picked) => {
          const food = foodOfResponse(picked);
          setLines((list) => [
            ...list,
            {
              key: nextKey.current++,
              food,
              quantity: food.portions[0] ? "1" : "100",
              unit: food.portions[0] ? "0" : "g",
            },
          ]);
        }}
      />
    </fieldset>
  );
}

type Field<T> = [T, (value: T) => void];

/** The recipe's name, description, meal types and servings. */
function RecipeDetailsFields({
  name: [name, setName],
  description: [description, setDescription],
  mealTypes: [mealTypes, setMealTypes],
  servings: [servings, setServings],
  errors,
  errorText,
}: {
  name: Field<string>;
  description: Field<string>;
  mealTypes: Field<MealType[]>;
  servings: Field<string>;
  errors: FieldErrors;
  errorText: ErrorText;
}) {
  return (
    <>
      <div className="space-y-1">
        <Label htmlFor="recipe-name">Name</Label>
        <Input
          id="recipe-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "name-error" : undefined}
        />
        {errorText("name")}
      </div>
      <div className="space-y-1">
        <Label htmlFor="recipe-description">Description</Label>
        <Input
          id="recipe-description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={500}
        />
        {errorText("description")}
      </div>
      <MealTypeChecks value={mealTypes} onChange={setMealTypes}>
        {errorText("mealTypes")}
      </MealTypeChecks>
      <div className="max-w-40 space-y-1">
        <Label htmlFor="recipe-servings">Servings</Label>
        <Input
          id="recipe-servings"
          inputMode="numeric"
          value={servings}
          onChange={(e) => setServings(e.target.value)}
          aria-invalid={errors.servings ? true : undefined}
        />
        {errorText("servings")}
      </div>
    </>
  );
}

/** Writes or edits one of the user's own recipes; saves through POST or PATCH /api/recipes. */
export function RecipeEditor({ initial, targets }: { initial: EditorRecipe; targets: DailyTargets | null }) {
  const router = useRouter();
  const nextKey = useRef(initial.ingredients.length);
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [mealTypes, setMealTypes] = useState<MealType[]>(initial.mealTypes);
  const [servings, setServings] = useState(String(initial.servings));
  const [steps, setSteps] = useState(initial.steps.join("\n"));
  const [lines, setLines] = useState<EditorLine[]>(
    initial.ingredients.map(({ food, grams, line }, key) => ({
      key,
      food,
      quantity: String(grams),
      unit: "g",
      line: line ?? undefined,
    })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const preview = useMemo(() => draftRecipe(name, servings, lines), [name, servings, lines]);

  const update = (key: number, change: Partial<EditorLine>) =>
    setLines((list) => list.map((line) => (line.key === key ? { ...line, ...change } : line)));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    const body = recipeBodyOf({ name, description, mealTypes, servings, lines, steps });
    const { response, answer } = await sendRecipe(initial.id, body);
    if (response?.ok && answer?.id) {
      router.push(`/recipes/${answer.id}`);
      router.refresh();
      return;
    }
    setMessage(answer?.error ?? "Could not save; try again.");
    setErrors(Object.fromEntries((answer?.errors ?? []).map(({ field, message }) => [field, message])));
  };

  const details = {
    name: [name, setName],
    description: [description, setDescription],
    mealTypes: [mealTypes, setMealTypes],
    servings: [servings, setServings],
  } satisfies Record<string, Field<string> | Field<MealType[]>>;
  const ingredients = { lines, setLines, nextKey, update };
  const errorText = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="text-sm text-red-700" data-field-error>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={save} className="grid gap-8 lg:grid-cols-[3fr_2fr]" noValidate>
      <div className="space-y-5">
        {message && <FormMessage tone="error">{message}</FormMessage>}
        <RecipeDetailsFields {...details} errors={errors} errorText={errorText} />
        <IngredientsFieldset {...ingredients} errorText={errorText} />
        <div className="space-y-1">
          <Label htmlFor="recipe-steps">Steps, one per line</Label>
          <textarea
            id="recipe-steps"
            className="min-h-32 w-full rounded-md border border-input bg-card p-2 text-sm"
            value={steps}
            onChange={(e) => setSteps(e.target.value)}
          />
          {errorText("steps")}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save recipe"}
        </Button>
      </div>
      <aside className="space-y-2 lg:sticky lg:top-4 lg:self-start">
        <h2 className="text-lg font-semibold">Nutrients</h2>
        <RecipeLivePanel recipe={preview} targets={targets} />
      </aside>
    </form>
  );
}
