"use client";
// "Replaced": one tap opens a small picker for what was eaten instead: a dish from the catalogue (at the
// meal's portion) or a food and an amount. It sends the meal log to the API, which stores the nutrients
// eaten, so eaten coverage counts the replacement (ADR 021).
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { Food } from "@/lib/nutrition/types";
import type { Slot } from "@/lib/planner/types";
import { Button } from "@/components/ui/button";
import { PickList } from "@/components/ui/pick-list";
import { Input, Label } from "@/components/ui/input";
import { FoodCombobox } from "@/components/catalogue/food-combobox";
import { foodOfResponse } from "@/components/own/editor-food";
import { sendJson } from "@/components/memory/send-json";

interface DishChoice {
  id: number;
  name: string;
}

type Choice = { kind: "dish"; dish: DishChoice } | { kind: "food"; food: Food; grams: string };

/** A catalogue search for the dish eaten instead: Enter searches, results are ordinary buttons. */
function DishSearch({ onPick }: { onPick: (dish: DishChoice) => void }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<DishChoice[] | null>(null);
  const search = async () => {
    if (!q.trim()) return;
    const params = new URLSearchParams({ q, limit: "6" });
    const response = await fetch(`/api/recipes?${params}`).catch(() => null);
    setResults(response?.ok ? ((await response.json()) as { items: DishChoice[] }).items : []);
  };
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>A dish from the catalogue</Label>
      <div className="flex gap-2">
        <Input
          id={id}
          type="search"
          value={q}
          placeholder="Search dishes"
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            void search();
          }}
        />
        <Button type="button" variant="outline" size="sm" onClick={() => void search()}>
          Search
        </Button>
      </div>
      {results && (
        <PickList label="Matching dishes" items={results} empty="No dish matches." onPick={onPick} />
      )}
    </div>
  );
}

function bodyOf(choice: Choice) {
  if (choice.kind === "dish") return { status: "replaced", recipeId: choice.dish.id };
  return { status: "replaced", foodId: choice.food.id, grams: Number(choice.grams.replace(",", ".")) };
}

/** What was picked, with its amount when it is a food, and the button that logs it. */
function ChosenReplacement({
  choice,
  onChange,
  busy,
  onSave,
}: {
  choice: Choice;
  onChange: (choice: Choice) => void;
  busy: boolean;
  onSave: () => void;
}) {
  const gramsId = useId();
  return (
    <div className="space-y-2" role="group" aria-label="Eaten instead">
      <p data-testid="replacement">
        Instead: <strong>{choice.kind === "dish" ? choice.dish.name : choice.food.name}</strong>
        {choice.kind === "dish" && " (at the planned portion)"}
      </p>
      {choice.kind === "food" && (
        <div className="max-w-40 space-y-1">
          <Label htmlFor={gramsId}>Amount (g)</Label>
          <Input
            id={gramsId}
            inputMode="decimal"
            value={choice.grams}
            onChange={(event) => onChange({ ...choice, grams: event.target.value })}
          />
        </div>
      )}
      <Button type="button" size="sm" disabled={busy} onClick={onSave}>
        {busy ? "Saving…" : "Save what I ate"}
      </Button>
    </div>
  );
}

/** The open picker: a dish or a food, then save; the page's data is refreshed after. */
function ReplacementPanel({ url }: { url: string }) {
  const router = useRouter();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [pending, startTransition] = useTransition();

  const save = async () => {
    if (!choice) return;
    setSending(true);
    const failure = await sendJson("PUT", url, bodyOf(choice));
    setSending(false);
    setError(failure);
    if (!failure) startTransition(() => router.refresh());
  };

  return (
    <div className="mt-2 space-y-3 rounded-md border border-border p-3">
      <p className="font-medium">What did you eat instead?</p>
      <DishSearch onPick={(dish) => setChoice({ kind: "dish", dish })} />
      <FoodCombobox
        label="Or a food you ate instead"
        highlightFirst
        onPick={(picked) => {
          const food = foodOfResponse(picked);
          setChoice({ kind: "food", food, grams: String(food.portions[0]?.grams ?? 100) });
        }}
      />
      {choice && (
        <ChosenReplacement
          choice={choice}
          onChange={setChoice}
          busy={sending || pending}
          onSave={() => void save()}
        />
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function ReplacedMealPicker({
  url,
  where,
  pressed,
  day,
  slot,
}: {
  /** The meal's log URL (PUT /api/plans/{id}/meals/{day}/{slot}/log). */
  url: string;
  /** "dinner of day 2", for labels. */
  where: string;
  pressed: boolean;
  day: number;
  slot: Slot;
}) {
  // The picker is drawn when opened: a week has 28 meals, and most are never replaced.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="text-sm"
      data-testid={`replace-${day}-${slot}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        className={`cursor-pointer rounded-md border border-border px-3 py-1 ${pressed ? "bg-secondary" : ""}`}
        aria-label={`${pressed ? "Replaced (logged)" : "Replaced"}: ${where}`}
      >
        {pressed ? "Replaced ✓" : "Replaced…"}
      </summary>
      {open && <ReplacementPanel url={url} />}
    </details>
  );
}
