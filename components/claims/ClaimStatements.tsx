import Link from "next/link";
import { attributionLine, statementBadges } from "@/lib/reader/highlights";
import { Badge } from "@/components/ui/Badge";
import type { ClaimPageData } from "./claim-page-data";

/** The recorded statements this claim's evidence quotes, grouped by who said them. */
export function ClaimStatements({ statementsByActor }: { statementsByActor: ClaimPageData["statementsByActor"] }) {
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }}>Statements by actor</h2>
      {statementsByActor.length === 0 ? (
        <p className="muted small">No recorded statement is quoted by this claim's evidence yet.</p>
      ) : (
        statementsByActor.map(({ actor, statements }) => (
          <section key={actor.id} aria-label={`Statements by ${actor.name}`} className="stack-tight">
            <h3>
              <Link href={`/actors/${actor.id}`}>{actor.name}</Link>
            </h3>
            {statements.map((s) => (
              <div key={s.id} className="stack-tight">
                <blockquote className="quote">{s.exact}</blockquote>
                <div className="small muted">
                  {attributionLine(s)} · <Link href={`/sources/${s.sourceId}#h-${s.id}`}>in the source</Link>{" "}
                  {statementBadges(s).map((b) => (
                    <Badge key={b} kind="weak">
                      {b}
                    </Badge>
                  ))}
                  {s.anchorStatus === "needs_review" && <Badge kind="needs-review">Needs review</Badge>}
                </div>
              </div>
            ))}
          </section>
        ))
      )}
    </div>
  );
}
