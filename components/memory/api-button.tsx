"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/components/memory/send-json";

export interface JsonRequest {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
}

/**
 * One button that sends JSON to our API (one request, or several in order: "ate the day as planned") and
 * then refreshes the page's data. No server action: the API routes are the one way in.
 */
export function ApiButton({
  requests,
  label,
  pendingLabel = "…",
  ariaLabel,
  pressed,
  variant = "outline",
  size = "sm",
  testId,
}: {
  requests: readonly JsonRequest[];
  label: React.ReactNode;
  pendingLabel?: string;
  ariaLabel?: string;
  /** A toggle's state (a chosen rating, a meal marked eaten). */
  pressed?: boolean;
  variant?: "default" | "secondary" | "outline" | "ghost";
  size?: "default" | "sm";
  testId?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [sending, setSending] = useState(false);
  const busy = sending || pending;
  async function send() {
    setSending(true);
    let failure: string | null = null;
    for (const { method, url, body } of requests) {
      failure = await sendJson(method, url, body);
      if (failure) break;
    }
    setSending(false);
    setError(failure);
    if (!failure) startTransition(() => router.refresh());
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={pressed ? "secondary" : variant}
        size={size}
        disabled={busy}
        aria-busy={busy}
        aria-pressed={pressed}
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={send}
      >
        {busy ? pendingLabel : label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
