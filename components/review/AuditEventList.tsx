import { formatDateTime } from "@/lib/format";
import type { FieldChange } from "@/lib/services/audit-log";
import { EmptyState } from "@/components/ui/EmptyState";

type Event = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  userName: string;
  note: string | null;
  changes: FieldChange[];
};

const ACTION_LABELS: Record<string, string> = {
  "claim:create": "created the claim",
  "claim:update": "edited the claim",
  "claim:status": "changed the status",
  "claim:add_appearance": "added an appearance",
  "claim:remove_appearance": "removed an appearance",
  "claim:relate": "related another claim",
  "claim:unrelate": "removed a claim relation",
  "evidence:create": "added evidence",
  "evidence:delete": "removed evidence",
  "evidence:reanchor": "re-anchored evidence",
  "evidence:reanchor_manual": "re-placed evidence by hand",
  "statement:create": "added a statement",
  "statement:delete": "removed a statement",
  "statement:reanchor": "re-anchored a statement",
  "statement:reanchor_manual": "re-placed a statement by hand",
  "review:create": "submitted a review",
  "review:revise": "revised their review",
  "card:publish": "published the card",
  "card:correct": "published a correction",
};
const describe = (e: Event) =>
  ACTION_LABELS[`${e.entityType}:${e.action}`] ?? `${e.action.replaceAll("_", " ")} (${e.entityType})`;

/** Fields that held ids read as what they name (the service resolved the values to names). */
const FIELD_LABELS: Record<string, string> = {
  speakerId: "speaker",
  viaId: "via (intermediary)",
  claimantId: "claimant",
  subjectIds: "subjects",
  statementId: "statement",
  reportedById: "reported in statement",
  claimId: "claim",
  fromClaimId: "from claim",
  toClaimId: "related claim",
  sourceId: "source",
  assigneeId: "assignee",
  reviewerIds: "requested reviewers",
  survivorId: "merged into",
};

/** Long values (rationales, summaries) are cut for the table; the API has them in full. */
const clip = (v: string | null) => (v === null ? "—" : v.length > 240 ? `${v.slice(0, 240)}…` : v);

export function AuditEventList({ events }: { events: Event[] }) {
  if (events.length === 0) return <EmptyState title="No recorded changes yet" />;
  return (
    <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
      {events.map((e) => (
        <li key={e.id} className="panel" data-testid="audit-event">
          <p style={{ margin: 0 }}>
            <strong>{e.userName}</strong> {describe(e)}{" "}
            <span className="small muted">
              · <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
            </span>
          </p>
          {e.note && (
            <p className="small muted" style={{ margin: "6px 0 0" }}>
              {e.note}
            </p>
          )}
          {e.changes.length > 0 && (
            <table className="list small" style={{ marginTop: 8 }}>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {e.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{FIELD_LABELS[c.field] ?? c.field}</th>
                    <td>
                      <del>{clip(c.before)}</del>
                    </td>
                    <td>
                      <ins>{clip(c.after)}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
