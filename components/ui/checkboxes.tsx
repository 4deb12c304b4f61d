import { CheckboxChip } from "@/components/ui/checkbox-chip";

/** A group of checkboxes sharing one field name (a checkbox-group field, see lib/schemas/form-data.ts). */
export function Checkboxes<T extends string>({
  name,
  legend,
  options,
  checked,
  label,
  columns = "grid gap-2 sm:grid-cols-2",
  error,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  checked: readonly string[];
  label: (option: T) => React.ReactNode;
  /** Classes of the options' grid. */
  columns?: string;
  /** The field's errors from a rejected save; the first is shown under the options. */
  error?: string[];
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
      {error?.[0] && (
        <p className="text-sm text-red-700" data-field-error>
          {error[0]}
        </p>
      )}
    </fieldset>
  );
}
