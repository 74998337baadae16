import Link from "next/link";

const TABS = [
  { suffix: "", label: "Claim" },
  { suffix: "/review", label: "Review & publish" },
  { suffix: "/edit", label: "Edit" },
  { suffix: "/history", label: "History" },
] as const;

/**
 * Links between a claim's staff pages; `current` is the suffix of the page being shown. The Edit tab
 * is only for those who may edit claims: a reviewer would only be refused there.
 */
export function ClaimStaffNav({
  claimId,
  current,
  canEdit,
}: {
  claimId: string;
  current: "" | "/review" | "/edit" | "/history";
  canEdit: boolean;
}) {
  return (
    <nav className="tabs no-print" aria-label="Claim pages">
      {TABS.filter((t) => canEdit || t.suffix !== "/edit").map((t) => (
        <Link
          key={t.suffix}
          href={`/claims/${claimId}${t.suffix}`}
          aria-current={t.suffix === current ? "page" : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
