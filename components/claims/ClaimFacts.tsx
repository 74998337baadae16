import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { ClaimPageData } from "./claim-page-data";

/** The claim's side facts: claimant, subjects, tags, review count, dates and slug. */
export function ClaimFacts({ claim }: { claim: ClaimPageData["claim"] }) {
  return (
    <dl className="meta-list">
      <dt>Claimant</dt>
      <dd>{claim.claimant ? <Link href={`/actors/${claim.claimant.id}`}>{claim.claimant.name}</Link> : "—"}</dd>
      <dt>Subjects</dt>
      <dd>
        {claim.subjects.length
          ? claim.subjects.map((s, i) => (
              <span key={s.actorId}>
                {i > 0 && ", "}
                <Link href={`/actors/${s.actor.id}`}>{s.actor.name}</Link>
              </span>
            ))
          : "—"}
      </dd>
      <dt>Tags</dt>
      <dd>{claim.tags.map((t) => t.tag.name).join(", ") || "—"}</dd>
      <dt>Reviews</dt>
      <dd>{claim._count.reviews}</dd>
      <dt>Created</dt>
      <dd>{formatDate(claim.createdAt)}</dd>
      <dt>Updated</dt>
      <dd>{formatDate(claim.updatedAt)}</dd>
      <dt>Slug</dt>
      <dd>
        <code>{claim.slug}</code>
      </dd>
    </dl>
  );
}
