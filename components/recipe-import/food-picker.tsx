"use client";
// A keyboard-usable catalogue search for one imported line: type, then Tab or arrow down to the results
// (ordinary buttons); Enter picks one.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { PickList } from "@/components/ui/pick-list";
import { Input } from "@/components/ui/input";

export interface PickedFood {
  id: number;
  ndbNo: string | null;
  name: string;
}

export function FoodPicker({ line, onPick }: { line: string; onPick: (food: PickedFood) => void }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<PickedFood[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search() {
    if (!q.trim()) return;
    setError(null);
    const response = await fetch(`/api/foods?${new URLSearchParams({ q, limit: "8" })}`);
    if (!response.ok) return setError("The search failed; try again.");
    const page = (await response.json()) as { items: PickedFood[] };
    setResults(page.items);
  }

  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          Search a food for “{line}”
        </label>
        <Input
          id={id}
          value={q}
          placeholder="Search a food"
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              void search();
            }
          }}
        />
        <Button type="button" variant="outline" onClick={() => void search()}>
          Search
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {results && (
        <PickList label={`Foods for “${line}”`} items={results} empty="No food matches." onPick={onPick} />
      )}
    </div>
  );
}
