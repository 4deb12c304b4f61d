import Link from "next/link";

/** Previous/next links that keep every other query parameter. */
export function Pagination({
  basePath,
  params,
  total,
  limit,
  offset,
}: {
  basePath: string;
  params: Record<string, string>;
  total: number;
  limit: number;
  offset: number;
}) {
  if (total <= limit) return null;
  const href = (newOffset: number) => {
    const search = new URLSearchParams({ ...params, offset: String(newOffset) });
    if (newOffset === 0) search.delete("offset");
    return `${basePath}?${search.toString()}`;
  };
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-4 text-sm">
      {offset > 0 ? (
        <Link
          className="rounded-md border border-border px-3 py-2 hover:bg-muted"
          href={href(Math.max(0, offset - limit))}
        >
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {offset + limit < total ? (
        <Link
          className="rounded-md border border-border px-3 py-2 hover:bg-muted"
          href={href(offset + limit)}
        >
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
