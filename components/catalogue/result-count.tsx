import Link from "next/link";

/** "412 foods", or the empty state with a way back to the unfiltered list. */
export function ResultCount({
  total,
  q,
  singular,
  plural,
  clearHref,
}: {
  total: number;
  q?: string;
  singular: string;
  plural: string;
  clearHref: string;
}) {
  return (
    <p aria-live="polite" className="text-sm">
      {total === 0 ? (
        <>
          No {plural} match {q ? <>“{q}”</> : "these filters"}.{" "}
          <Link className="text-primary underline" href={clearHref}>
            Clear the filters
          </Link>
        </>
      ) : (
        `${total} ${total === 1 ? singular : plural}`
      )}
    </p>
  );
}
