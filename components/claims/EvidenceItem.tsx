import Link from "next/link";
import { removeEvidenceForm } from "@/lib/actions/workspace";
import { attributionLine } from "@/lib/reader/highlights";
import { Badge } from "@/components/ui/Badge";
import { ActionButton } from "@/components/forms/ActionButton";
import { EvidenceEditForm } from "./EvidenceEditForm";

type Props = {
  evidence: {
    id: string;
    claimId: string;
    stance: string;
    exact: string;
    note: string | null;
    publicNote: string | null;
    version: number;
    anchorStatus: string;
    source: { id: string; title: string; publisher: string | null };
    statement?: {
      speaker: { id: string; name: string };
      cue: string | null;
      kind: string;
      via: { name: string } | null;
      viaText: string | null;
    } | null;
  };
  canWrite?: boolean;
};

export function EvidenceItem({ evidence: e, canWrite = false }: Props) {
  const flagged = e.anchorStatus === "needs_review";
  return (
    <div className="stack-tight evidence-item" data-testid="evidence-item">
      <blockquote className={`quote stance-${e.stance}`}>{e.exact}</blockquote>
      {e.statement && (
        <div className="small">
          <Link href={`/actors/${e.statement.speaker.id}`}>{e.statement.speaker.name}</Link>{" "}
          <span className="muted">{attributionLine(e.statement)}</span>
        </div>
      )}
      <div className="small muted">
        {/* The reader focuses the highlight (or, for a flagged item, its entry in the review list). */}
        <Link href={`/sources/${e.source.id}#h-${e.id}`}>{e.source.title}</Link>
        {e.source.publisher ? ` · ${e.source.publisher}` : ""}{" "}
        {flagged && <Badge kind="needs-review">Needs review</Badge>}
        {e.anchorStatus === "reanchored" && <Badge kind="weak">Re-anchored</Badge>}
      </div>
      {e.publicNote && (
        <p className="small" style={{ margin: 0 }}>
          <span className="muted">Public note:</span> {e.publicNote}
        </p>
      )}
      {e.note && (
        <p className="small" style={{ margin: 0 }}>
          <span className="muted">Internal note (staff only):</span> {e.note}
        </p>
      )}
      {canWrite && (
        // Only the fields the form edits: a client component's props are serialised into the page.
        <EvidenceEditForm
          evidence={{
            id: e.id,
            claimId: e.claimId,
            stance: e.stance,
            note: e.note,
            publicNote: e.publicNote,
            version: e.version,
          }}
        />
      )}
      {flagged && canWrite && (
        <div className="row-actions">
          <Link className="button small-button" href={`/sources/${e.source.id}#h-${e.id}`}>
            Re-anchor in the reader
          </Link>
          <ActionButton
            action={removeEvidenceForm}
            fields={{ id: e.id }}
            label="Remove"
            ariaLabel={`Remove evidence “${e.exact.slice(0, 40)}”`}
          />
        </div>
      )}
    </div>
  );
}
