"use client";

import { SYMPTOMS } from "@/lib/nutrition/symptoms";
import { ZDiaryFormSchema } from "@/lib/schemas/memory";
import { Input, Label } from "@/components/ui/input";
import { bodyParsedBy, JsonForm } from "@/components/memory/json-form";

const SEVERITIES = ["0", "1", "2", "3"] as const;
const SEVERITY_WORDS = ["none", "mild", "moderate", "severe"];

/** The one-minute daily check-in: each symptom 0-3 (one tap), sleep, caffeine, stress, a note. */
export function DiaryCheckIn({ today }: { today: string }) {
  return (
    <JsonForm
      method="POST"
      url="/api/diary"
      toBody={bodyParsedBy(ZDiaryFormSchema)}
      submitLabel="Save check-in"
      successMessage="Check-in saved."
      className="space-y-4"
      testId="diary-form"
    >
      <input type="hidden" name="date" value={today} />
      <fieldset className="space-y-2">
        <legend className="font-medium">Symptoms today (0 none, 3 severe)</legend>
        {SYMPTOMS.map((symptom) => (
          <fieldset key={symptom.id} className="flex flex-wrap items-center justify-between gap-2">
            <legend className="float-left text-sm">{symptom.label}</legend>
            <div className="flex gap-1">
              {SEVERITIES.map((value) => (
                <label
                  key={value}
                  className="inline-flex h-10 min-w-10 cursor-pointer items-center justify-center rounded-md border border-border px-2 text-sm has-[:checked]:bg-primary has-[:checked]:text-primary-foreground has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                >
                  <input
                    type="radio"
                    className="sr-only"
                    name={`severity-${symptom.id}`}
                    value={value}
                    defaultChecked={value === "0"}
                    aria-label={`${symptom.label}: ${value} (${SEVERITY_WORDS[Number(value)]})`}
                  />
                  {value}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <Label htmlFor="diary-sleep">Hours of sleep</Label>
          <Input id="diary-sleep" name="sleepHours" inputMode="decimal" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="diary-caffeine">Caffeinated drinks</Label>
          <Input id="diary-caffeine" name="caffeineDrinks" inputMode="numeric" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="diary-stress">Stress (0-3)</Label>
          <Input id="diary-stress" name="stress" inputMode="numeric" />
        </div>
      </div>
      <div className="space-y-1">
        <Label htmlFor="diary-note">Note</Label>
        <Input id="diary-note" name="note" maxLength={1000} />
      </div>
    </JsonForm>
  );
}
