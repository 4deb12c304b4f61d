export default function Loading() {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">Loading…</span>
      {[0, 1, 2].map((row) => (
        <div key={row} className="h-24 animate-pulse rounded-lg bg-muted" aria-hidden="true" />
      ))}
    </div>
  );
}
