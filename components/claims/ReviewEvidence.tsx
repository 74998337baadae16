import type { Dispute } from "@/lib/dispute/types";
import { DisputeContext } from "./DisputeContext";
import { DisputeColumns, StanceCounts } from "./DisputeSide";

/** What a reviewer judges, on the review page: the dispute summary and the evidence by stance, with chains. */
export function ReviewEvidence({ dispute }: { dispute: Dispute }) {
  return (
    <section className="panel stack" aria-labelledby="review-evidence-heading">
      <h2 id="review-evidence-heading" style={{ marginTop: 0 }}>
        Evidence
      </h2>
      <StanceCounts counts={dispute.counts} testId="review-stance-counts" flush />
      <DisputeColumns dispute={dispute} />
      <DisputeContext items={dispute.context} level={3} />
    </section>
  );
}
