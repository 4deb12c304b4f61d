"use client";

import { useEffect, useId, useState } from "react";
import { RemovableChips } from "@/components/profile/removable-chips";
import { Input, Label } from "@/components/ui/input";

interface FoodOption {
  id: number;
  name: string;
}

/**
 * Searchable picker over the catalogue; the chosen ids are submitted as repeated `dislikedFoodIds`.
 * A combobox over a listbox (WAI-ARIA APG): arrow keys move through the matches, Enter adds the
 * active one, Escape closes the list; focus stays in the search field.
 */
export function DislikedFoodsPicker({ initial }: { initial: FoodOption[] }) {
  const inputId = useId();
  const listboxId = useId();
  const [chosen, setChosen] = useState<FoodOption[]>(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<FoodOption[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(true);
  const [status, setStatus] = useState("");

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/foods?limit=8&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { items: [] }))
        .then((body: { items: FoodOption[] }) => {
          setResults(body.items.map(({ id, name }) => ({ id, name })));
          setActive(-1);
          setStatus(body.items.length ? `${body.items.length} foods found` : `No foods match “${q}”`);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Results of an older, longer query are hidden rather than cleared inside the effect.
  const visibleResults = open && query.trim().length >= 2 ? results : [];
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const add = (food: FoodOption) => {
    setChosen((list) => (list.some((item) => item.id === food.id) ? list : [...list, food]));
    setQuery("");
    setActive(-1);
    setStatus(`Added ${food.name}`);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const last = visibleResults.length - 1;
    if (event.key === "ArrowDown" && last >= 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index >= last ? 0 : index + 1));
    } else if (event.key === "ArrowUp" && last >= 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? last : index - 1));
    } else if (event.key === "Enter" && active >= 0 && visibleResults[active]) {
      // Enter adds the highlighted food instead of submitting the profile form.
      event.preventDefault();
      add(visibleResults[active]);
    } else if (event.key === "Escape" && visibleResults.length > 0) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Single foods you dislike</legend>
      {chosen.length === 0 ? (
        <p className="text-sm text-muted-foreground">None yet.</p>
      ) : (
        <RemovableChips
          items={chosen}
          name="dislikedFoodIds"
          label="Disliked foods"
          removeLabel={(food) => `Remove ${food.name}`}
          onRemove={(food) => setChosen((list) => list.filter((item) => item.id !== food.id))}
        />
      )}
      <Label htmlFor={inputId} className="sr-only">
        Search foods to dislike
      </Label>
      <Input
        id={inputId}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={visibleResults.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={active >= 0 && visibleResults[active] ? optionId(active) : undefined}
        placeholder="Search foods to add, e.g. liver"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Matching foods"
        hidden={visibleResults.length === 0}
        className="max-h-60 overflow-auto rounded-md border border-border bg-card"
      >
        {visibleResults.map((food, index) => (
          <li
            key={food.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-2 text-sm hover:bg-muted ${index === active ? "bg-muted" : ""}`}
            // mousedown would blur the field first; the click still adds the food.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => add(food)}
          >
            {food.name}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
