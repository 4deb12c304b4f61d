"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/** A server or render error on one page: the header and navigation still work around it. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section role="alert" className="max-w-xl space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>This page could not be shown. Nothing you saved was lost; please try again in a moment.</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={reset}>Try again</Button>
        <Button asChild variant="outline">
          <Link href="/">Go to the home page</Link>
        </Button>
      </div>
      {error.digest && (
        // The digest is in the server's log line for this error (instrumentation.ts): quoting it finds it.
        <p className="text-sm text-muted-foreground">
          If it keeps happening, tell us this reference: <code>{error.digest}</code>
        </p>
      )}
    </section>
  );
}
