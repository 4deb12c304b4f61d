import { Button } from "@/components/ui/button";

/** Search results to pick one from: a button per item, or a line saying nothing matched. */
export function PickList<T extends { id: number; name: string }>({
  label,
  items,
  empty,
  onPick,
}: {
  label: string;
  items: readonly T[];
  empty: string;
  onPick: (item: T) => void;
}) {
  return (
    <ul aria-label={label} className="space-y-1">
      {items.length === 0 && <li className="text-sm text-muted-foreground">{empty}</li>}
      {items.map((item) => (
        <li key={item.id}>
          <Button type="button" variant="ghost" size="sm" onClick={() => onPick(item)}>
            {item.name}
          </Button>
        </li>
      ))}
    </ul>
  );
}
