"use client";

import { useEffect, useEffectEvent, useId, useState } from "react";
import type { TFoodResponse } from "@/lib/schemas/api-responses";
import { Input, Label } from "@/components/ui/input";
import { cn } from "@/lib/utils";

interface FoodComboboxProps {
  label: string;
  /** The label is read by screen readers only, where a legend already says what the field is for. */
  labelHidden?: boolean;
  /** Default: "Search foods, e.g. oats or your own". */
  placeholder?: string;
  /** How many matches to list (default 10). */
  limit?: number;
  /** The first match is highlighted as soon as it is listed, so Enter alone picks it. */
  highlightFirst?: boolean;
  onPick: (food: TFoodResponse) => void;
}

/** The catalogue's matches for what is typed (the user's own foods first, from the API), debounced. */
function useFoodMatches(query: string, limit: number, onResults: (foods: TFoodResponse[]) => void) {
  const [foods, setFoods] = useState<TFoodResponse[]>([]);
  const reportResults = useEffectEvent(onResults);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const search = async () => {
      const url = `/api/foods?limit=${limit}&q=${encodeURIComponent(q)}`;
      const response = await fetch(url, { signal: controller.signal }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { items: TFoodResponse[] };
      setFoods(body.items);
      reportResults(body.items);
    };
    const timer = setTimeout(() => void search().catch(() => undefined), 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, limit]);
  return foods;
}

/** The listbox keys: arrows move (wrapping), Enter picks the active match, Escape closes the list. */
function moveOrPick(
  event: React.KeyboardEvent<HTMLInputElement>,
  shown: readonly TFoodResponse[],
  active: number,
  to: {
    setActive: (update: (index: number) => number) => void;
    pick: (food: TFoodResponse) => void;
    close: () => void;
  },
) {
  const last = shown.length - 1;
  if (event.key === "ArrowDown" && last >= 0) {
    event.preventDefault();
    to.setActive((index) => (index >= last ? 0 : index + 1));
  } else if (event.key === "ArrowUp" && last >= 0) {
    event.preventDefault();
    to.setActive((index) => (index <= 0 ? last : index - 1));
  } else if (event.key === "Enter") {
    event.preventDefault();
    if (active >= 0 && shown[active]) to.pick(shown[active]);
  } else if (event.key === "Escape" && shown.length > 0) {
    event.preventDefault();
    to.close();
    to.setActive(() => -1);
  }
}

function FoodOptions({
  id,
  foods,
  active,
  optionId,
  onPick,
}: {
  id: string;
  foods: readonly TFoodResponse[];
  active: number;
  optionId: (index: number) => string;
  onPick: (food: TFoodResponse) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="Matching foods"
      hidden={foods.length === 0}
      className="absolute z-10 max-h-72 w-full overflow-auto rounded-md border border-border bg-card shadow"
    >
      {foods.map((food, index) => (
        <li
          key={food.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className={cn(
            "cursor-pointer px-3 py-2 text-sm hover:bg-muted",
            index === active && "bg-secondary",
          )}
          // mousedown would blur the field first; the click still picks the food.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(food)}
        >
          {food.name}
          {food.yours ? <span className="ml-2 text-xs text-emerald-800">yours</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Search over the catalogue and the user's own foods. A combobox over a listbox (WAI-ARIA APG): arrow
 * keys move, Enter picks (and never submits the surrounding form), Escape closes; focus stays in the field.
 */
export function FoodCombobox({
  label,
  labelHidden,
  placeholder = "Search foods, e.g. oats or your own",
  limit = 10,
  highlightFirst,
  onPick,
}: FoodComboboxProps) {
  const inputId = useId();
  const listboxId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(true);
  const [status, setStatus] = useState("");
  const foods = useFoodMatches(query, limit, (found) => {
    setActive(highlightFirst && found.length > 0 ? 0 : -1);
    setOpen(true);
    setStatus(found.length ? `${found.length} foods found` : `No foods match “${query.trim()}”`);
  });

  // Matches of an older, longer query are hidden rather than cleared inside the effect.
  const shown = open && query.trim().length >= 2 ? foods : [];
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const pick = (food: TFoodResponse) => {
    onPick(food);
    setQuery("");
    setActive(-1);
    setStatus(`Added ${food.name}`);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) =>
    moveOrPick(event, shown, active, { setActive, pick, close: () => setOpen(false) });

  return (
    <div className="relative space-y-1">
      <Label htmlFor={inputId} className={cn(labelHidden && "sr-only")}>
        {label}
      </Label>
      <Input
        id={inputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={active >= 0 && shown[active] ? optionId(active) : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <FoodOptions id={listboxId} foods={shown} active={active} optionId={optionId} onPick={pick} />
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
