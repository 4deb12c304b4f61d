"use client";

import { useState } from "react";
import { FoodCombobox } from "@/components/catalogue/food-combobox";
import { RemovableChips } from "@/components/profile/removable-chips";

interface FoodOption {
  id: number;
  name: string;
}

/** Searchable picker over the catalogue; the chosen ids are submitted as repeated `dislikedFoodIds`. */
export function DislikedFoodsPicker({ initial }: { initial: FoodOption[] }) {
  const [chosen, setChosen] = useState<FoodOption[]>(initial);
  const add = ({ id, name }: FoodOption) =>
    setChosen((list) => (list.some((item) => item.id === id) ? list : [...list, { id, name }]));

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
      <FoodCombobox
        label="Search foods to dislike"
        labelHidden
        placeholder="Search foods to add, e.g. liver"
        limit={8}
        onPick={add}
      />
    </fieldset>
  );
}
