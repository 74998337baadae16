import Link from "next/link";
import type { claimNumbers } from "@/lib/services/claim-numbers";
import { Badge } from "@/components/ui/Badge";

const figure = (n: { value: number; qualifier: string }) =>
  `${n.qualifier === "exact" ? "" : `${n.qualifier} `}${n.value.toLocaleString("en")}`;

/** Claim page: figures about the same thing from the claim, its evidence and its appearances, side by side. */
export function ClaimNumbers({ numbers }: { numbers: Awaited<ReturnType<typeof claimNumbers>> }) {
  const groups = numbers.filter((g) => g.numbers.length > 1 || g.numbers.some((n) => n.sourceId));
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }} id="claim-numbers-heading">
        Numbers
      </h2>
      {groups.length === 0 ? (
        <p className="muted small">
          No counts of people or things (killed, wounded, troops, vehicles) in this claim, its evidence or its
          appearances.
        </p>
      ) : (
        groups.map((g) => (
          <section key={`${g.counts} ${g.event}`} aria-label={`${g.counts} ${g.event}`} data-testid="number-group">
            <h3>
              {g.counts} {g.event}{" "}
              {g.disagreement && <Badge kind="stance-contradicts">sources disagree on the same event</Badge>}
            </h3>
            <table className="small">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Hedges</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {g.numbers.map((n) => (
                  <tr key={`${n.sourceId}-${n.start}`} className={n.disagrees ? "error" : undefined}>
                    <td>
                      <b>{figure(n)}</b> <span className="muted">“{n.phrase}”</span>
                      {n.disagrees && <span className="visually-hidden"> (disagrees)</span>}
                    </td>
                    <td>{n.hedges.length ? n.hedges.join("; ") : "—"}</td>
                    <td>{n.sourceId ? <Link href={`/sources/${n.sourceId}`}>{n.origin}</Link> : n.origin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
      <p className="small muted">
        Figures are compared only within the same event: other dates or places are not a disagreement.
      </p>
    </div>
  );
}
