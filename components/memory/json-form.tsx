"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { formDataToObject } from "@/lib/schemas/form-data";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/components/memory/send-json";

type FormValues = Record<string, string | string[]>;

/** The `toBody` of a form whose fields `schema` parses; each issue says its field. */
export function bodyParsedBy(schema: z.ZodType) {
  return (values: FormValues): { body: unknown } | { error: string } => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { body: parsed.data };
    return { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  };
}

/**
 * A form whose fields are parsed with the same zod schema the API uses (`toBody`), then sent as JSON to the
 * API route; the page's data refreshes after. Errors are announced (role="alert").
 */
export function JsonForm({
  method,
  url,
  toBody,
  submitLabel,
  successMessage,
  className,
  testId,
  children,
}: {
  method: "POST" | "PUT" | "PATCH";
  url: string;
  toBody: (values: FormValues) => { body: unknown } | { error: string };
  submitLabel: string;
  successMessage: string;
  className?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ kind: "idle" | "error" | "success"; message?: string }>({
    kind: "idle",
  });
  const [pending, startTransition] = useTransition();
  const [sending, setSending] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = toBody(formDataToObject(new FormData(event.currentTarget)));
    if ("error" in parsed) return setState({ kind: "error", message: parsed.error });
    setSending(true);
    const failure = await sendJson(method, url, parsed.body);
    setSending(false);
    setState(failure ? { kind: "error", message: failure } : { kind: "success", message: successMessage });
    if (!failure) startTransition(() => router.refresh());
  }
  const busy = sending || pending;
  return (
    <form onSubmit={onSubmit} className={className} data-testid={testId} noValidate>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        <span aria-live="polite" className="text-sm">
          {state.kind === "success" && <span className="text-emerald-800">{state.message}</span>}
        </span>
      </div>
      {state.kind === "error" && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
