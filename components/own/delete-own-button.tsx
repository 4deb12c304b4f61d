"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Deletes one of the user's own foods or recipes through the API, then goes to `then`; errors inline. */
export function DeleteOwnButton({ url, label, then }: { url: string; label: string; then: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const remove = async () => {
    setPending(true);
    setError(null);
    const response = await fetch(url, { method: "DELETE" }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      router.push(then);
      router.refresh();
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: string } | null;
    setError(body?.error ?? "Could not delete; try again.");
  };
  return (
    <div className="space-y-1">
      <Button type="button" variant="outline" onClick={remove} disabled={pending}>
        {pending ? "Deleting…" : label}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
