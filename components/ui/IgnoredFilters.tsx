const LABELS: Record<string, string> = { status: "status", cursor: "page position", q: "search text" };

/** Says which parts of a hand-edited or stale address were ignored, so the list shown is not a surprise. */
export function IgnoredFilters({ ignored }: { ignored: string[] }) {
  if (!ignored.length) return null;
  return (
    <p className="muted small" role="status" data-testid="ignored-filters">
      Ignored the {ignored.map((k) => LABELS[k] ?? k).join(" and ")} in the address: not valid. Showing the list without
      it.
    </p>
  );
}
