"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>The page could not be loaded. Your data is safe; please try again.</p>
      <Button onClick={reset}>Try again</Button>
    </section>
  );
}
