"use client";

import "@/app/globals.css";
import { ErrorReference, type ErrorPageProps } from "@/components/error-reference";

/** Only when the root layout itself fails: it replaces the whole document, so it brings its own <html>. */
export default function GlobalError({ error, reset }: ErrorPageProps) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">NutriWeek is having trouble</h1>
        <p>The app could not start this page. Nothing you saved was lost; please try again in a moment.</p>
        <button type="button" className="rounded-md border px-4 py-2" onClick={reset}>
          Try again
        </button>
        <ErrorReference digest={error.digest} className="text-sm" />
      </body>
    </html>
  );
}
