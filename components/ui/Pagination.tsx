import Link from "next/link";

/** Cursor pagination: "First page" and "Next page" links keep the other query parameters. */
export function Pagination({
  basePath,
  query,
  nextCursor,
  isFirstPage,
}: {
  basePath: string;
  query: Record<string, string | undefined>;
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  const href = (cursor?: string) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, cursor }).filter((e): e is [string, string] => !!e[1]),
    );
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {!isFirstPage && (
        <Link className="button secondary" href={href()}>
          First page
        </Link>
      )}
      {nextCursor && (
        <Link className="button secondary" href={href(nextCursor)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
