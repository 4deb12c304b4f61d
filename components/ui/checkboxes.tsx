import { CheckboxChip } from "@/components/ui/checkbox-chip";

/** A group of checkboxes sharing one field name (a checkbox-group field, see lib/schemas/form-data.ts). */
export function Checkboxes<T extends string>({
  name,
  legend,
  options,
  checked,
  label,
  columns = "grid gap-2 sm:grid-cols-2",
}: {
  name: string;
  legend: string;
  options: readonly T[];
  checked: readonly string[];
  label: (option: T) => React.ReactNode;
  /** Classes of the options' grid. */
  columns?: string;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={columns}>
        {options.map((option) => (
          <CheckboxChip key={option} name={name} value={option} defaultChecked={checked.includes(option)}>
            {label(option)}
          </CheckboxChip>
        ))}
      </div>
    </fieldset>
  );
}
