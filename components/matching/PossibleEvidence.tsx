import Link from "next/link";
import { excerpt } from "@/lib/reader/highlights";
import type { listPossibleEvidence } from "@/lib/services/claim-matches";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { Badge } from "@/components/ui/Badge";
import { ClaimMatchActions } from "./ClaimMatchActions";

/** Claim page: passages in sources that the matcher thinks bear on this claim, not yet accepted. */
export function PossibleEvidence({
  matches,
  canWrite,
}: {
  matches: Awaited<ReturnType<typeof listPossibleEvidence>>;
  canWrite: boolean;
}) {
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }} id="possible-evidence-heading">
        Possible evidence in other sources ({matches.length})
      </h2>
      {matches.length === 0 ? (
        <p className="muted small">The claim matcher has no pending proposals for this claim.</p>
      ) : (
        <ul className="side-list" aria-labelledby="possible-evidence-heading">
          {matches.map((m) => (
            <li key={m.id} data-testid="possible-evidence-item">
              <blockquote className="quote small">{excerpt(m.text)}</blockquote>
              <div className="small">
                <Link href={`/sources/${m.source.id}`}>{m.source.title}</Link>
                {m.source.publisher ? ` · ${m.source.publisher}` : ""} –{" "}
                <Badge kind={`stance-${m.stance}`}>
                  {(STANCE_LABELS[m.stance as Stance] ?? m.stance).toLowerCase()}
                </Badge>{" "}
                <span className="muted">score {m.score.toFixed(2)}</span>
              </div>
              {canWrite && <ClaimMatchActions id={m.id} stance={m.stance} label={`passage “${excerpt(m.text, 40)}”`} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
