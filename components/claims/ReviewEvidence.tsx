import type { Dispute } from "@/lib/dispute/types";
import { Badge } from "@/components/ui/Badge";
import { DisputeSide } from "./DisputeSide";

/** What a reviewer judges, on the review page: the dispute summary and the evidence by stance, with chains. */
export function ReviewEvidence({ dispute }: { dispute: Dispute }) {
  const { counts } = dispute;
  return (
    <section className="panel stack" aria-labelledby="review-evidence-heading">
      <h2 id="review-evidence-heading" style={{ marginTop: 0 }}>
        Evidence
      </h2>
      <p className="small muted" data-testid="review-stance-counts" style={{ margin: 0 }}>
        {counts.supports} supporting · {counts.contradicts} contradicting · {counts.context} context
      </p>
      <div className="dispute-columns">
        <DisputeSide side={dispute.asserts} title="Who asserts it" empty="No supporting evidence yet." />
        <DisputeSide side={dispute.denies} title="Who denies it" empty="No contradicting evidence yet." />
      </div>
      {dispute.context.length > 0 && (
        <div>
          <h3>Context ({counts.context})</h3>
          <ul className="plain-list">
            {dispute.context.map((item) => (
              <li key={item.evidence.id} className="dispute-item">
                <blockquote className="quote">{item.evidence.exact}</blockquote>
                <span className="small muted">{item.chain.map((l) => l.label).join(" → ")}</span>{" "}
                {item.weaknesses.map((w) => (
                  <Badge key={w.label} kind="weak">
                    {w.label}
                  </Badge>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
