import Link from "next/link";
import { STANCES, STANCE_LABELS } from "@/lib/validation/evidence";
import { EmptyState } from "@/components/ui/EmptyState";
import { EvidenceItem } from "./EvidenceItem";
import type { ClaimPageData } from "./claim-page-data";

/** The claim's evidence grouped by stance (supports, contradicts, context). */
export function ClaimEvidence({ evidence, canWrite }: { evidence: ClaimPageData["evidence"]; canWrite: boolean }) {
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }}>Evidence</h2>
      {evidence.length === 0 ? (
        <EmptyState title="No evidence yet">
          <p>
            Open a <Link href="/sources">source</Link>, select a passage and press “Add evidence”.
          </p>
        </EmptyState>
      ) : (
        STANCES.map((stance) => {
          const items = evidence.filter((e) => e.stance === stance);
          return items.length ? (
            <section key={stance} aria-label={STANCE_LABELS[stance]}>
              <h3>
                {STANCE_LABELS[stance]} ({items.length})
              </h3>
              {items.map((e) => (
                <EvidenceItem key={e.id} evidence={e} canWrite={canWrite} />
              ))}
            </section>
          ) : null;
        })
      )}
    </div>
  );
}
