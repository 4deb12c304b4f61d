"use client";

import { useEffect, useId, useState } from "react";
import type { Food } from "@/lib/nutrition/types";
import type { TFoodResponse } from "@/lib/schemas/api-responses";
import { Input, Label } from "@/components/ui/input";
import { foodOfResponse } from "@/components/own/editor-food";

/**
 * Search over the catalogue and the user's own foods (the API lists theirs first). A combobox over a
 * listbox (WAI-ARIA APG): arrow keys move, Enter picks, Escape closes; focus stays in the field.
 */
export function FoodSearch({ onPick }: { onPick: (food: Food) => void }) {
  const inputId = useId();
  const listboxId = useId();
  const [query, setQuery] = useState("");
  const [foods, setFoods] = useState<Food[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const search = async () => {
      const response = await fetch(`/api/foods?limit=10&q=${encodeURIComponent(q)}`, {
        signal: controller.signal,
      }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { items: TFoodResponse[] };
      setFoods(body.items.map(foodOfResponse));
      setActive(body.items.length > 0 ? 0 : -1);
      setOpen(true);
      setStatus(body.items.length ? `${body.items.length} foods found` : `No foods match “${q}”`);
    };
    const timer = setTimeout(() => void search().catch(() => undefined), 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const shown = open && query.trim().length >= 2 ? foods : [];
  const optionId = (index: number) => `${listboxId}-${index}`;
  const pick = (food: Food) => {
    onPick(food);
    setQuery("");
    setOpen(false);
    setActive(-1);
    setStatus(`Added ${food.name}`);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === "ArrowDown" && last >= 0) {
      event.preventDefault();
      setActive((index) => (index >= last ? 0 : index + 1));
    } else if (event.key === "ArrowUp" && last >= 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? last : index - 1));
    } else if (event.key === "Enter") {
      // Enter picks the highlighted food and never submits the recipe.
      event.preventDefault();
      if (active >= 0 && shown[active]) pick(shown[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="relative space-y-1">
      <Label htmlFor={inputId}>Add an ingredient</Label>
      <Input
        id={inputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={active >= 0 && shown[active] ? optionId(active) : undefined}
        placeholder="Search foods, e.g. oats or your own"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Matching foods"
        hidden={shown.length === 0}
        className="absolute z-10 max-h-72 w-full overflow-auto rounded-md border border-border bg-card shadow"
      >
        {shown.map((food, index) => (
          <li
            key={food.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-secondary" : ""}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(food)}
          >
            {food.name}
            {food.ownerId ? <span className="ml-2 text-xs text-emerald-800">yours</span> : null}
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
