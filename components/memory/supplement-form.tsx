"use client";

import { ZSupplementFormSchema } from "@/lib/schemas/memory";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { Input, Label, NativeSelect, Options } from "@/components/ui/input";
import { bodyParsedBy, JsonForm } from "@/components/memory/json-form";

/** Records a supplement: nutrient, amount per dose, how often, from when. */
export function SupplementForm({ today }: { today: string }) {
  return (
    <JsonForm
      method="POST"
      url="/api/supplements"
      toBody={bodyParsedBy(ZSupplementFormSchema)}
      submitLabel="Add supplement"
      successMessage="Supplement added: your plan now counts it."
      className="grid gap-3 sm:grid-cols-2"
      testId="supplement-form"
    >
      <div className="space-y-1">
        <Label htmlFor="supplement-nutrient">Nutrient</Label>
        <NativeSelect id="supplement-nutrient" name="nutrient" defaultValue="vitaminB12Mcg">
          <Options
            values={TARGET_NUTRIENTS}
            label={(n) => `${NUTRIENT_META[n].label} (${NUTRIENT_META[n].unit})`}
          />
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="supplement-amount">Amount per dose (µg or mg, as the nutrient)</Label>
        <Input id="supplement-amount" name="amount" inputMode="decimal" required />
      </div>
      <div className="space-y-1">
        <Label htmlFor="supplement-times">Doses a week (7 is daily)</Label>
        <Input id="supplement-times" name="timesPerWeek" inputMode="numeric" defaultValue="7" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="supplement-start">Started on</Label>
        <Input id="supplement-start" name="startDate" type="date" defaultValue={today} />
      </div>
    </JsonForm>
  );
}
