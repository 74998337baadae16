import Link from "next/link";
import { excerpt } from "@/lib/reader/highlights";
import type { listClaimMatches } from "@/lib/services/claim-matches";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { Badge } from "@/components/ui/Badge";
import { ClaimMatchActions } from "./ClaimMatchActions";
import { DisagreeingNumbers, type DisagreeingNumberItems } from "./DisagreeingNumbers";

type ClaimMatches = Awaited<ReturnType<typeof listClaimMatches>>;

/** Lists stay usable on long sources. */
const MAX_LISTED = 100;

/** Reader side panel: passages the matcher found bearing on claims the desk holds. */
export function ClaimMatchPanel({
  matches,
  disagreeingNumbers,
  canWrite,
}: {
  matches: ClaimMatches;
  disagreeingNumbers: DisagreeingNumberItems;
  canWrite: boolean;
}) {
  return (
    <>
      <DisagreeingNumbers items={disagreeingNumbers} />
      <section className="side-section" aria-labelledby="claim-matches-heading">
        <h2 id="claim-matches-heading">Bears on claims ({matches.length})</h2>
        {matches.length === 0 ? (
          <p className="small muted">
            No pending claim matches. On import and on each revision the matcher looks for passages about the
            desk&apos;s claims.
          </p>
        ) : (
          <>
            <p className="small muted">
              Proposed by the claim matcher, with a guessed stance. Nothing counts until someone accepts it.
            </p>
            <ul className="side-list">
              {matches.slice(0, MAX_LISTED).map((m) => {
                const stance = STANCE_LABELS[m.stance as Stance] ?? m.stance;
                const label = `match “${excerpt(m.text, 40)}” for “${excerpt(m.claim.text, 40)}”`;
                return (
                  <li key={m.id} data-testid="claim-match-item">
                    <blockquote className="quote small">{excerpt(m.text)}</blockquote>
                    <div className="small">
                      Bears on <Link href={`/claims/${m.claim.id}`}>{excerpt(m.claim.text, 90)}</Link> –{" "}
                      <Badge kind={`stance-${m.stance}`}>{stance.toLowerCase()}</Badge>{" "}
                      <span className="muted">
                        score {m.score.toFixed(2)}
                        {m.rank > 1 ? ` · alternative ${m.rank}` : ""}
                      </span>
                    </div>
                    {canWrite && <ClaimMatchActions id={m.id} stance={m.stance} label={label} />}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
