"use client";

import { useState } from "react";

interface DishOption {
  id: number;
  name: string;
}

/** The dishes never to plan again; kept as repeated `dislikedRecipeIds`, each removable. */
export function DislikedDishes({ initial }: { initial: DishOption[] }) {
  const [chosen, setChosen] = useState<DishOption[]>(initial);
  if (chosen.length === 0 && initial.length === 0) return null;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Dishes never to plan again</legend>
      {chosen.length === 0 ? (
        <p className="text-sm text-muted-foreground">None: every dish may be planned again.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Dishes never to plan again">
          {chosen.map((dish) => (
            <li
              key={dish.id}
              className="flex items-center gap-1 rounded-full border border-border bg-card py-1 pl-3 pr-1 text-sm"
            >
              <input type="hidden" name="dislikedRecipeIds" value={dish.id} />
              {dish.name}
              <button
                type="button"
                className="rounded-full px-2 hover:bg-muted"
                aria-label={`Plan ${dish.name} again`}
                onClick={() => setChosen((list) => list.filter((item) => item.id !== dish.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
