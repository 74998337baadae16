import Link from "next/link";
import { removeRelationForm } from "@/lib/actions/workspace-claims";
import { excerpt } from "@/lib/reader/highlights";
import { RELATION_LABELS, type RelationKind } from "@/lib/validation/relations";
import { ActionButton } from "@/components/forms/ActionButton";
import { DetailsWhenOpened } from "@/components/ui/DetailsWhenOpened";
import { ClaimStatusBadge } from "./ClaimStatusBadge";
import { RelationForm } from "./RelationForm";
import type { ClaimPageData } from "./claim-page-data";

/** Claims related to this one (contradicts, duplicates…), with removal and a form to add one for writers. */
export function ClaimRelations({
  claimId,
  relations,
  canWrite,
}: {
  claimId: string;
  relations: ClaimPageData["relations"];
  canWrite: boolean;
}) {
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }}>Related claims</h2>
      {relations.length === 0 ? (
        <p className="muted small">No related claims.</p>
      ) : (
        <ul className="side-list">
          {relations.map((r) => (
            <li key={r.id} data-testid="relation-item">
              <span className="small muted">{RELATION_LABELS[r.kind as RelationKind]?.[r.direction] ?? r.kind}</span>{" "}
              <Link href={`/claims/${r.claim.id}`}>{r.claim.text}</Link> <ClaimStatusBadge status={r.claim.status} />
              {canWrite && (
                <ActionButton
                  action={removeRelationForm}
                  fields={{ id: r.id, claimId, otherId: r.claim.id }}
                  label="Remove"
                  ariaLabel={`Remove relation to “${excerpt(r.claim.text, 40)}”`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <DetailsWhenOpened className="inline-create" summary="Relate to another claim">
          <RelationForm claimId={claimId} />
        </DetailsWhenOpened>
      )}
    </div>
  );
}
