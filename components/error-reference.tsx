/** What Next.js hands an error page. */
export interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The digest is in the server's log line for this error (instrumentation.ts): quoting it finds it. */
export function ErrorReference({ digest, className }: { digest?: string; className: string }) {
  if (!digest) return null;
  return (
    <p className={className}>
      If it keeps happening, tell us this reference: <code>{digest}</code>
    </p>
  );
}
