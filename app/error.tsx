"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorReference, type ErrorPageProps } from "@/components/error-reference";

/** A server or render error on one page: the header and navigation still work around it. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
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
      <ErrorReference digest={error.digest} className="text-sm text-muted-foreground" />
    </section>
  );
}
