"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import type { ActionState } from "@/lib/actions/validated-action";
import { authClient } from "@/lib/auth/client";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Deleting takes the account's email typed out: no stray click deletes anything. */
export function DeleteAccountForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const error = state.status === "error" ? (state.fieldErrors.confirmEmail?.[0] ?? state.message) : null;
  const typed = state.status === "error" ? state.values.confirmEmail : undefined;
  const deleted = state.status === "success";
  useEffect(() => {
    if (!deleted) return;
    // Expire the session cookie and the header's cached session, then a full page load of "/": nothing
    // of the deleted account stays in the browser. The server has already ended the session either way.
    void authClient
      .signOut()
      .catch(() => undefined)
      .finally(() => window.location.replace("/"));
  }, [deleted]);
  return (
    <form action={formAction} className="space-y-3">
      <div className="space-y-1">
        <Label htmlFor="confirm-email">
          To confirm, type your email address (<span className="font-mono">{email}</span>)
        </Label>
        <Input
          id="confirm-email"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          defaultValue={typeof typed === "string" ? typed : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-email-error" : undefined}
          className="max-w-sm"
        />
        {error && (
          <p id="confirm-email-error" role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      {deleted && (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      )}
      <Button type="submit" disabled={pending || deleted} className="bg-red-700 text-white hover:bg-red-800">
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
