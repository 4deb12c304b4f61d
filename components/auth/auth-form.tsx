"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Mode = "sign-in" | "sign-up";

/** Said after a sign-up whose sign-in failed: the same words whether or not the address was taken. */
const SIGN_UP_UNCERTAIN_MESSAGE =
  "If this address is new, your account is ready: sign in with it. If it already has an account, sign in " +
  "with that account's password instead.";

function failureMessage(error: { status: number; message?: string }): string {
  if (error.status === 429) return error.message ?? "Too many attempts. Wait a minute and try again.";
  return error.message ?? "That did not work; please try again.";
}

/**
 * Sign-up answers an existing address exactly like a new one and signs nobody in (ADR 016), so the form
 * signs in right after: that works for a new address, and for the owner of an existing one.
 */
async function submit(
  mode: Mode,
  { email, password, name }: { email: string; password: string; name: string },
): Promise<{ error: string | null }> {
  if (mode === "sign-up") {
    const created = await authClient.signUp.email({ email, password, name });
    if (created.error) return { error: failureMessage(created.error) };
  }
  const signedIn = await authClient.signIn.email({ email, password });
  if (!signedIn.error) return { error: null };
  if (mode === "sign-up" && signedIn.error.status === 401) return { error: SIGN_UP_UNCERTAIN_MESSAGE };
  return { error: failureMessage(signedIn.error) };
}

/** Email + password form; talks to /api/auth so rate limits and origin checks apply. */
export function AuthForm({ mode, next }: { mode: Mode; next: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = (String(form.get("name") ?? "").trim() || email.split("@")[0] || "NutriWeek user").slice(
      0,
      100,
    );
    const errors: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "Enter a valid email address.";
    if (mode === "sign-up" && password.length < 8) errors.password = "Use at least 8 characters.";
    if (mode === "sign-in" && !password) errors.password = "Enter your password.";
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length) return;
    setPending(true);
    const outcome = await submit(mode, { email, password, name });
    setPending(false);
    if (outcome.error) {
      setError(outcome.error);
      return;
    }
    router.push(next);
    router.refresh();
  }

  // method="post": a submit before hydration must never put the password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="max-w-sm space-y-4">
      {error && <FormMessage tone="error">{error}</FormMessage>}
      {mode === "sign-up" && (
        <Field id="name" label="Name (optional)">
          {(props) => <Input {...props} name="name" autoComplete="name" maxLength={100} />}
        </Field>
      )}
      <Field id="email" label="Email" error={fieldErrors.email}>
        {(props) => <Input {...props} name="email" type="email" autoComplete="email" required />}
      </Field>
      <Field
        id="password"
        label="Password"
        error={fieldErrors.password}
        hint={mode === "sign-up" ? "At least 8 characters, not a common password." : undefined}
      >
        {(props) => (
          <Input
            {...props}
            name="password"
            type="password"
            autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
            required
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </Button>
    </form>
  );
}
