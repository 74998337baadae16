import Link from "next/link";
import { removeEvidenceForm, removeStatementForm } from "@/lib/actions/workspace";
import { attributionLine, excerpt, statementBadges } from "@/lib/reader/highlights";
import type { getReaderData } from "@/lib/services/sources";
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/Badge";
import { ActionButton } from "@/components/forms/ActionButton";
import { ReanchorButton } from "./ReanchorButton";
import { RevisionForm } from "./RevisionForm";
import { StatementEditForm } from "./StatementEditForm";
import { ShowInText } from "./ShowInText";

type ReaderData = Awaited<ReturnType<typeof getReaderData>>;

/** Lists stay usable on long transcripts; the rest remain highlighted in the text. */
const MAX_LISTED = 100;

function NeedsReview({ data, canWrite }: { data: ReaderData; canWrite: boolean }) {
  const { evidence, statements } = data.needsReview;
  if (!evidence.length && !statements.length) return null;
  return (
    <section className="side-section needs-review-section" aria-labelledby="needs-review-heading">
      <h2 id="needs-review-heading">Needs review ({evidence.length + statements.length})</h2>
      <p className="small muted">
        A revision changed these words and no clear match was found. Select the words in the current text, then
        re-anchor; or remove the item.
      </p>
      <ul className="side-list">
        {evidence.map((e) => (
          <li key={e.id} id={`h-${e.id}`} tabIndex={-1} data-testid="needs-review-item">
            <Badge kind="needs-review">Needs review</Badge>{" "}
            <Badge kind={`stance-${e.stance}`}>{STANCE_LABELS[e.stance as Stance] ?? e.stance}</Badge>
            <blockquote className="quote small">{excerpt(e.exact)}</blockquote>
            <div className="small">
              For <Link href={`/claims/${e.claim.id}`}>{excerpt(e.claim.text, 80)}</Link>
            </div>
            {canWrite && (
              <div className="row-actions">
                <ReanchorButton target={{ kind: "evidence", id: e.id, exact: e.exact }} />
                <ActionButton
                  action={removeEvidenceForm}
                  fields={{ id: e.id }}
                  label="Remove"
                  ariaLabel={`Remove evidence “${excerpt(e.exact, 40)}”`}
                />
              </div>
            )}
          </li>
        ))}
        {statements.map((s) => (
          <li key={s.id} id={`h-${s.id}`} tabIndex={-1} data-testid="needs-review-item">
            <Badge kind="needs-review">Needs review</Badge> <Badge>Statement</Badge>
            <blockquote className="quote small">{excerpt(s.exact)}</blockquote>
            <div className="small">
              {s.speaker.name} {attributionLine(s)}
            </div>
            {canWrite && (
              <div className="row-actions">
                <ReanchorButton target={{ kind: "statement", id: s.id, exact: s.exact }} />
                <ActionButton
                  action={removeStatementForm}
                  fields={{ id: s.id, sourceId: s.sourceId }}
                  label="Remove"
                  ariaLabel={`Remove statement “${excerpt(s.exact, 40)}”`}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceList({ data, canWrite }: { data: ReaderData; canWrite: boolean }) {
  return (
    <section className="side-section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({data.evidence.length})</h2>
      {data.evidence.length === 0 ? (
        <p className="small muted">None yet. Select words and press “Add evidence”.</p>
      ) : (
        <ul className="side-list">
          {data.evidence.slice(0, MAX_LISTED).map((e) => (
            <li key={e.id} data-testid="evidence-list-item">
              <Badge kind={`stance-${e.stance}`}>{STANCE_LABELS[e.stance as Stance] ?? e.stance}</Badge>{" "}
              <Link href={`/claims/${e.claim.id}`} className="small">
                {excerpt(e.claim.text, 80)}
              </Link>
              <blockquote className="quote small">{excerpt(e.exact)}</blockquote>
              <div className="row-actions">
                <ShowInText id={e.id} label={`evidence “${excerpt(e.exact, 40)}”`} />
                {canWrite && (
                  <ActionButton
                    action={removeEvidenceForm}
                    fields={{ id: e.id }}
                    label="Remove"
                    ariaLabel={`Remove evidence “${excerpt(e.exact, 40)}”`}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StatementList({ data, canWrite }: { data: ReaderData; canWrite: boolean }) {
  const option = (s: ReaderData["statements"][number]) => ({
    id: s.id,
    label: `${s.speaker.name}: “${excerpt(s.exact, 50)}”`,
  });
  const listed = data.statements.slice(0, MAX_LISTED);
  // The statement a report is linked to stays choosable even beyond the listed ones.
  const reportsFor = (s: ReaderData["statements"][number]) => {
    const linked = data.statements.find((r) => r.id === s.reportedById && !listed.includes(r));
    return [...listed, ...(linked ? [linked] : [])].filter((r) => r.id !== s.id).map(option);
  };
  return (
    <section className="side-section" aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements ({data.statements.length})</h2>
      {data.statements.length === 0 ? (
        <p className="small muted">None yet. Select words and press “Record statement”, or accept a suggestion.</p>
      ) : (
        <ul className="side-list">
          {data.statements.slice(0, MAX_LISTED).map((s) => (
            <li key={s.id} data-testid="statement-list-item">
              <Link href={`/actors/${s.speaker.id}`}>{s.speaker.name}</Link>{" "}
              <span className="small muted">{attributionLine(s)}</span>{" "}
              {statementBadges(s).map((b) => (
                <Badge key={b} kind="weak">
                  {b}
                </Badge>
              ))}
              <blockquote className="quote small">{excerpt(s.exact)}</blockquote>
              <div className="row-actions">
                <ShowInText id={s.id} label={`statement “${excerpt(s.exact, 40)}”`} />
                {canWrite && (
                  <ActionButton
                    action={removeStatementForm}
                    fields={{ id: s.id, sourceId: s.sourceId }}
                    label="Remove"
                    ariaLabel={`Remove statement “${excerpt(s.exact, 40)}”`}
                  />
                )}
              </div>
              {canWrite && <StatementEditForm statement={s} reports={reportsFor(s)} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Revisions({ data, canWrite }: { data: ReaderData; canWrite: boolean }) {
  return (
    <section className="side-section" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions ({data.revisions.length})</h2>
      <ol className="side-list revisions" reversed>
        {data.revisions.map((r) => (
          <li key={r.id}>
            <b>Revision {r.number}</b>{" "}
            <span className="small muted">
              {formatDate(r.createdAt)} · <code>{r.contentHash.slice(7, 19)}</code>
            </span>
            {r.note && <div className="small">{r.note}</div>}
          </li>
        ))}
      </ol>
      {canWrite && (
        <details className="inline-create">
          <summary>Upload a new revision</summary>
          <RevisionForm sourceId={data.source.id} revisionId={data.source.revision.id} />
        </details>
      )}
    </section>
  );
}

/** The reader's side lists; `suggestions` is the paged suggestion list, placed after what needs review. */
export function ReaderSidePanel({
  data,
  canWrite,
  suggestions,
}: {
  data: ReaderData;
  canWrite: boolean;
  suggestions: React.ReactNode;
}) {
  return (
    <div className="stack">
      <NeedsReview data={data} canWrite={canWrite} />
      {suggestions}
      <EvidenceList data={data} canWrite={canWrite} />
      <StatementList data={data} canWrite={canWrite} />
      <Revisions data={data} canWrite={canWrite} />
    </div>
  );
}
