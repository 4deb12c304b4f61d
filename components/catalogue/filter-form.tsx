import { DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { lowerFirst } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { Input, Label, NativeSelect, Options } from "@/components/ui/input";

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
      <div className="space-y-1">
        <Label htmlFor="diet">Diet</Label>
        <NativeSelect id="diet" name="diet" defaultValue={values.diet ?? ""}>
          <option value="">Any diet</option>
          <Options values={DIETS} />
        </NativeSelect>
      </div>
      {children}
      <div className="space-y-1 lg:flex-[1.4]!">
        <Label htmlFor="sort">Sort by</Label>
        <NativeSelect id="sort" name="sort" defaultValue={values.sort ?? "name"}>
          <option value="name">{nameSortLabel}</option>
          <Options
            values={TARGET_NUTRIENTS}
            label={(nutrient) => `Most ${lowerFirst(NUTRIENT_META[nutrient].label)}`}
          />
        </NativeSelect>
      </div>
      <Button type="submit" className="lg:flex-none!">
        Apply
      </Button>
    </form>
  );
}
