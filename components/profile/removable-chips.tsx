"use client";

interface Chip {
  id: number;
  name: string;
}

/** Chosen items as chips, each submitted as a repeated hidden `name` field and removable by its button. */
export function RemovableChips({
  items,
  name,
  label,
  removeLabel,
  onRemove,
}: {
  items: readonly Chip[];
  name: string;
  label: string;
  removeLabel: (item: Chip) => string;
  onRemove: (item: Chip) => void;
}) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li
          key={item.id}
          className="flex items-center gap-1 rounded-full border border-border bg-card py-1 pl-3 pr-1 text-sm"
        >
          <input type="hidden" name={name} value={item.id} />
          {item.name}
          <button
            type="button"
            className="rounded-full px-2 hover:bg-muted"
            aria-label={removeLabel(item)}
            onClick={() => onRemove(item)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
