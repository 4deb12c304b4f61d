import { DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { lowerFirst } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { Input, Label, NativeSelect, Options } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/** One filter: a labelled select, named and identified by `name`, its first option usually "any" (""). */
export function FilterSelect({
  name,
  label,
  value,
  className,
  children,
}: {
  name: string;
  label: string;
  value: string | undefined;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={name}>{label}</Label>
      <NativeSelect id={name} name={name} defaultValue={value ?? ""}>
        {children}
      </NativeSelect>
    </div>
  );
}

/** A plain GET form: works without JavaScript, by keyboard, and keeps its state in the URL. */
export function FilterForm({
  action,
  values,
  searchLabel,
  nameSortLabel = "Name",
  children,
}: {
  action: string;
  values: { q?: string; diet?: string; sort?: string };
  searchLabel: string;
  /** Food search ranks best matches first (trigram search, ADR 007). */
  nameSortLabel?: string;
  children?: React.ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:flex lg:items-end lg:*:min-w-0 lg:*:flex-1"
    >
      <div className="space-y-1 lg:flex-2!">
        <Label htmlFor="q">{searchLabel}</Label>
        <Input id="q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="e.g. spinach" />
      </div>
      <FilterSelect name="diet" label="Diet" value={values.diet}>
        <option value="">Any diet</option>
        <Options values={DIETS} />
      </FilterSelect>
      {children}
      <FilterSelect name="sort" label="Sort by" value={values.sort ?? "name"} className="lg:flex-[1.4]!">
        <option value="name">{nameSortLabel}</option>
        <Options
          values={TARGET_NUTRIENTS}
          label={(nutrient) => `Most ${lowerFirst(NUTRIENT_META[nutrient].label)}`}
        />
      </FilterSelect>
      <Button type="submit" className="lg:flex-none!">
        Apply
      </Button>
    </form>
  );
}
