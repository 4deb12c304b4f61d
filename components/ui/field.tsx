import type * as React from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { FieldErrors } from "@/lib/schemas/form-data";
import { cn } from "@/lib/utils";
import { Input, Label, NativeSelect } from "@/components/ui/input";

/** A labelled form field with its error message, wired for screen readers (aria-describedby). */
export function Field({
  id,
  label,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string[] | string;
  hint?: string;
  className?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        ...(message ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-field-error>
          {message}
        </p>
      )}
    </div>
  );
}

/** A form's values and field errors: after a rejected save what was sent, else the starting values. */
export interface FormFields<Name extends string = string> {
  value: (name: Name) => string | undefined;
  list: (name: Name) => string[];
  errors: FieldErrors;
}

export function formFieldsOf<Name extends string>(
  state: ActionState,
  initial: Readonly<Partial<Record<Name, unknown>>>,
): FormFields<Name> {
  const raw = (name: Name): unknown => (state.status === "error" ? state.values[name] : initial[name]);
  return {
    errors: state.status === "error" ? state.fieldErrors : {},
    value: (name) => {
      const v = [raw(name)].flat()[0];
      return v === undefined || v === null ? undefined : String(v);
    },
    list: (name) => [raw(name) ?? []].flat().map(String),
  };
}

interface FieldOfForm<Name extends string> {
  fields: FormFields<Name>;
  id: Name;
  label: string;
  hint?: string;
  className?: string;
  /** Instead of the form's error for `id`. */
  error?: string[] | string;
  /** Instead of the form's value for `id`. */
  defaultValue?: string;
}

/** Splits a form field's props: the Field frame (the form's error unless given), its value, the rest. */
function splitField<Name extends string, Rest>({
  fields,
  id,
  label,
  hint,
  className,
  error = fields.errors[id],
  defaultValue = fields.value(id),
  ...rest
}: FieldOfForm<Name> & Rest) {
  return { frame: { id, label, hint, className, error }, defaultValue, rest };
}

/** A Field holding a text input named `id`, with the form's value and error for it. */
export function InputField<Name extends string>(
  props: FieldOfForm<Name> &
    Omit<React.ComponentProps<"input">, "id" | "name" | "className" | "defaultValue">,
) {
  const { frame, defaultValue, rest } = splitField(props);
  return (
    <Field {...frame}>
      {(aria) => <Input {...aria} {...rest} name={frame.id} defaultValue={defaultValue} />}
    </Field>
  );
}

/** A Field holding a native select named `id`, with the form's value and error for it; children are its options. */
export function SelectField<Name extends string>(props: FieldOfForm<Name> & { children: React.ReactNode }) {
  const { frame, defaultValue, rest } = splitField(props);
  return (
    <Field {...frame}>
      {(aria) => (
        <NativeSelect {...aria} name={frame.id} defaultValue={defaultValue}>
          {rest.children}
        </NativeSelect>
      )}
    </Field>
  );
}

export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      data-form-message={tone}
      className={cn(
        "rounded-md border p-3 text-sm",
        tone === "error"
          ? "border-red-300 bg-red-50 text-red-800"
          : "border-emerald-300 bg-emerald-50 text-emerald-900",
      )}
    >
      {children}
    </p>
  );
}
