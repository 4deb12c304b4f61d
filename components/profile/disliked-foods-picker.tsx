"use client";

import { useEffect, useId, useState } from "react";
import { Input, Label } from "@/components/ui/input";

interface FoodOption {
  id: number;
  name: string;
}

/** Searchable picker over the catalogue; the chosen ids are submitted as repeated `dislikedFoodIds`. */
export function DislikedFoodsPicker({ initial }: { initial: FoodOption[] }) {
  const inputId = useId();
  const [chosen, setChosen] = useState<FoodOption[]>(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<FoodOption[]>([]);
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
  const visibleResults = query.trim().length >= 2 ? results : [];

  const add = (food: FoodOption) => {
    setChosen((list) => (list.some((item) => item.id === food.id) ? list : [...list, food]));
    setQuery("");
    setStatus(`Added ${food.name}`);
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Foods you dislike</legend>
      {chosen.length === 0 ? (
        <p className="text-sm text-muted-foreground">None yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Disliked foods">
          {chosen.map((food) => (
            <li
              key={food.id}
              className="flex items-center gap-1 rounded-full border border-border bg-card py-1 pl-3 pr-1 text-sm"
            >
              <input type="hidden" name="dislikedFoodIds" value={food.id} />
              {food.name}
              <button
                type="button"
                className="rounded-full px-2 hover:bg-muted"
                aria-label={`Remove ${food.name}`}
                onClick={() => setChosen((list) => list.filter((item) => item.id !== food.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Label htmlFor={inputId} className="sr-only">
        Search foods to dislike
      </Label>
      <Input
        id={inputId}
        type="search"
        placeholder="Search foods to add, e.g. liver"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
      />
      {visibleResults.length > 0 && (
        <ul
          className="max-h-60 overflow-auto rounded-md border border-border bg-card"
          aria-label="Matching foods"
        >
          {visibleResults.map((food) => (
            <li key={food.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left text-sm hover:bg-muted"
                onClick={() => add(food)}
              >
                {food.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
