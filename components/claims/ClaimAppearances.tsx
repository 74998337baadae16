import Link from "next/link";
import { removeAppearanceForm } from "@/lib/actions/workspace-claims";
import { formatDate } from "@/lib/format";
import { excerpt } from "@/lib/reader/highlights";
import { ActionButton } from "@/components/forms/ActionButton";
import { Badge } from "@/components/ui/Badge";
import { DetailsWhenOpened } from "@/components/ui/DetailsWhenOpened";
import { AppearanceForm } from "./AppearanceForm";
import type { ClaimPageData } from "./claim-page-data";

/** Where the claim appeared, first appearance first, with removal and a form to add one for writers. */
export function ClaimAppearances({
  claimId,
  appearances,
  canWrite,
}: {
  claimId: string;
  appearances: ClaimPageData["appearances"];
  canWrite: boolean;
}) {
  return (
    <section aria-labelledby="appearances-heading">
      <h2 id="appearances-heading">Appearances</h2>
      {appearances.length === 0 ? (
        <p className="muted small">Not recorded in any source yet.</p>
      ) : (
        <ol className="side-list">
          {appearances.map((a) => (
            <li key={a.id}>
              {a.first && (
                <>
                  <Badge kind="first">First appearance</Badge>{" "}
                </>
              )}
              <Link href={`/sources/${a.source.id}`}>{a.source.title}</Link>
              <div className="small muted">
                {a.source.publisher ? `${a.source.publisher} · ` : ""}
                {formatDate(a.date)}
                {a.estimated ? " (imported; publication date unknown)" : ""}
              </div>
              {a.statement && <div className="small">Said by {a.statement.speaker.name}</div>}
              {canWrite && (
                <ActionButton
                  action={removeAppearanceForm}
                  fields={{ id: a.id, claimId }}
                  label="Remove"
                  ariaLabel={`Remove appearance in “${excerpt(a.source.title, 40)}”`}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <DetailsWhenOpened className="inline-create" summary="Add an appearance">
          {/* The picker leaves out the sources already listed. */}
          <AppearanceForm claimId={claimId} listed={appearances.map((a) => a.source.id)} />
        </DetailsWhenOpened>
      )}
    </section>
  );
}
