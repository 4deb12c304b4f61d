"use client";

import { useState } from "react";
import { RemovableChips } from "@/components/profile/removable-chips";

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
        <RemovableChips
          items={chosen}
          name="dislikedRecipeIds"
          label="Dishes never to plan again"
          removeLabel={(dish) => `Plan ${dish.name} again`}
          onRemove={(dish) => setChosen((list) => list.filter((item) => item.id !== dish.id))}
        />
      )}
    </fieldset>
  );
}
