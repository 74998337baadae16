import Link from "next/link";
import { addRelationForm } from "@/lib/actions/workspace-claims";
import { excerpt } from "@/lib/reader/highlights";
import type { similarToClaim } from "@/lib/services/similar-claims";
import { RELATION_KINDS, RELATION_LABELS } from "@/lib/validation/relations";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { ActionChoices } from "@/components/forms/ActionChoices";
import { Badge } from "@/components/ui/Badge";

// One array for every row: the page's RSC payload carries it once.
const RELATE_CHOICES = RELATION_KINDS.map((kind) => ({
  value: kind,
  label: RELATION_LABELS[kind].out,
  ariaLabel: `Mark as ${RELATION_LABELS[kind].out.toLowerCase()}`,
}));

/** Claim page: similar and possibly opposite claims, with one click to relate them. */
export function SimilarClaims({
  claimId,
  similarClaims,
  canWrite,
}: {
  claimId: string;
  similarClaims: Awaited<ReturnType<typeof similarToClaim>>;
  canWrite: boolean;
}) {
  const similar = similarClaims.filter((s) => !s.related);
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }} id="similar-claims-heading">
        Similar claims
      </h2>
      {similar.length === 0 ? (
        <p className="muted small">No unrelated claim reads like this one.</p>
      ) : (
        <ul className="side-list" aria-labelledby="similar-claims-heading">
          {similar.map((s) => (
            <li key={s.id} data-testid="similar-claim-item">
              <Link href={`/claims/${s.id}`}>{s.text}</Link> <ClaimStatusBadge status={s.status} />{" "}
              {s.opposite && <Badge kind="stance-contradicts">possibly opposite</Badge>}{" "}
              <span className="small muted">similarity {s.score.toFixed(2)}</span>
              {canWrite && (
                <ActionChoices
                  action={addRelationForm}
                  fields={{ claimId, toClaimId: s.id }}
                  name="kind"
                  choices={RELATE_CHOICES}
                  about={excerpt(s.text, 40)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
