import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { removeAppearanceForm, removeRelationForm } from "@/lib/actions/workspace-claims";
import { NotFoundError } from "@/lib/errors";
import { attributionLine, excerpt, statementBadges } from "@/lib/reader/highlights";
import { getClaimPage } from "@/lib/services/claim-page";
import { listSourceChoices } from "@/lib/services/sources";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/validation/claims";
import { STANCES, STANCE_LABELS } from "@/lib/validation/evidence";
import { RELATION_LABELS, type RelationKind } from "@/lib/validation/relations";
import { formatDate } from "@/lib/format";
import { ExternalReviews } from "@/components/claimreview/ExternalReviews";
import { AppearanceForm } from "@/components/claims/AppearanceForm";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { EvidenceItem } from "@/components/claims/EvidenceItem";
import { RelationForm } from "@/components/claims/RelationForm";
import { ClaimNumbers } from "@/components/matching/ClaimNumbers";
import { PossibleEvidence } from "@/components/matching/PossibleEvidence";
import { SimilarClaims } from "@/components/matching/SimilarClaims";
import { ActionButton } from "@/components/reader/ActionButton";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { ClaimTeamPanel, ClaimTeamSections } from "@/components/team/ClaimTeam";
import { loadClaimPanels } from "./_data";

export const metadata: Metadata = { title: "Claim" };

type Page = Awaited<ReturnType<typeof getClaimPage>>;

function EvidenceSection({ page, canWrite }: { page: Page; canWrite: boolean }) {
  const { evidence } = page;
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

function StatementsSection({ page }: { page: Page }) {
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }}>Statements by actor</h2>
      {page.statementsByActor.length === 0 ? (
        <p className="muted small">No recorded statement is quoted by this claim's evidence yet.</p>
      ) : (
        page.statementsByActor.map(({ actor, statements }) => (
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

function RelationsSection({ page, canWrite }: { page: Page; canWrite: boolean }) {
  const claimId = page.claim.id;
  return (
    <div className="panel">
      <h2 style={{ marginTop: 0 }}>Related claims</h2>
      {page.relations.length === 0 ? (
        <p className="muted small">No related claims.</p>
      ) : (
        <ul className="side-list">
          {page.relations.map((r) => (
            <li key={r.id} data-testid="relation-item">
              <span className="small muted">{RELATION_LABELS[r.kind as RelationKind]?.[r.direction] ?? r.kind}</span>{" "}
              <Link href={`/claims/${r.claim.id}`}>{r.claim.text}</Link> <ClaimStatusBadge status={r.claim.status} />
              {canWrite && (
                <ActionButton
                  action={removeRelationForm}
                  fields={{ id: r.id, claimId, otherId: r.claim.id }}
                  label="Remove"
                  ariaLabel={`Remove relation to “${excerpt(r.claim.text, 40)}”`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <details className="inline-create">
          <summary>Relate to another claim</summary>
          <RelationForm claimId={claimId} />
        </details>
      )}
    </div>
  );
}

function AppearancesSection({
  page,
  canWrite,
  sources,
}: {
  page: Page;
  canWrite: boolean;
  sources: { id: string; title: string }[];
}) {
  const claimId = page.claim.id;
  const listed = new Set(page.appearances.map((a) => a.source.id));
  return (
    <section aria-labelledby="appearances-heading">
      <h2 id="appearances-heading">Appearances</h2>
      {page.appearances.length === 0 ? (
        <p className="muted small">Not recorded in any source yet.</p>
      ) : (
        <ol className="side-list">
          {page.appearances.map((a) => (
            <li key={a.id}>
              {a.first && (
                <>
                  <Badge kind="first">First appearance</Badge>{" "}
                </>
              )}
              <Link href={`/sources/${a.source.id}`}>{a.source.title}</Link>
              <div className="small muted">
                {a.source.publisher ? `${a.source.publisher} · ` : ""}
                {formatDate(a.date)}
                {a.estimated ? " (imported; publication date unknown)" : ""}
              </div>
              {a.statement && <div className="small">Said by {a.statement.speaker.name}</div>}
              {canWrite && (
                <ActionButton
                  action={removeAppearanceForm}
                  fields={{ id: a.id, claimId }}
                  label="Remove"
                  ariaLabel={`Remove appearance in “${excerpt(a.source.title, 40)}”`}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <details className="inline-create">
          <summary>Add an appearance</summary>
          <AppearanceForm claimId={claimId} sources={sources.filter((s) => !listed.has(s.id))} />
        </details>
      )}
    </section>
  );
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}`);
  const page = await getClaimPage(principal, id).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  const canWrite = can(principal, "claim:write");
  const [sources, panels] = await Promise.all([
    canWrite ? listSourceChoices(principal) : [],
    loadClaimPanels(
      principal,
      page.claim,
      page.relations.map((r) => r.claim.id),
    ),
  ]);
  const { claim } = page;
  return (
    <div className="stack">
      <div className="panel claim-head">
        <p className="small muted" style={{ margin: 0 }}>
          {CLAIM_KIND_LABELS[claim.kind as ClaimKind] ?? claim.kind} · version {claim.version}
        </p>
        <h1 data-testid="claim-text">{claim.text}</h1>
        <div className="row-actions">
          <ClaimStatusBadge status={claim.status} />
          {page.needsReview > 0 && (
            <Badge kind="needs-review">
              {page.needsReview} evidence item{page.needsReview === 1 ? "" : "s"} need
              {page.needsReview === 1 ? "s" : ""} review
            </Badge>
          )}
        </div>
        {claim.summary && <p>{claim.summary}</p>}
        <nav className="claim-links" aria-label="Claim">
          <Link href={`/claims/${claim.id}/dispute`}>Dispute view</Link>
          <Link href={`/claims/${claim.id}/review`}>Review &amp; publish</Link>
          <Link href={`/claims/${claim.id}/edit`}>Edit</Link>
          <Link href={`/claims/${claim.id}/history`}>History</Link>
        </nav>
      </div>
      <div className="grid-2">
        <div className="stack">
          <EvidenceSection page={page} canWrite={can(principal, "evidence:write")} />
          <StatementsSection page={page} />
          <ClaimNumbers numbers={panels.numbers} />
          <PossibleEvidence matches={panels.possibleEvidence} canWrite={can(principal, "evidence:write")} />
          <RelationsSection page={page} canWrite={canWrite} />
          <SimilarClaims claimId={claim.id} similarClaims={panels.similarClaims} canWrite={canWrite} />
          <ClaimTeamSections
            claimId={claim.id}
            timeline={panels.timeline}
            thread={panels.comments}
            evidenceThreads={panels.evidenceComments}
            members={panels.mentionable}
          />
        </div>
        <aside className="panel">
          <ClaimTeamPanel
            principal={principal}
            claimId={claim.id}
            assignment={panels.assignment}
            members={panels.members}
          />
          <dl className="meta-list">
            <dt>Claimant</dt>
            <dd>{claim.claimant ? <Link href={`/actors/${claim.claimant.id}`}>{claim.claimant.name}</Link> : "—"}</dd>
            <dt>Subjects</dt>
            <dd>
              {claim.subjects.length
                ? claim.subjects.map((s, i) => (
                    <span key={s.actorId}>
                      {i > 0 && ", "}
                      <Link href={`/actors/${s.actor.id}`}>{s.actor.name}</Link>
                    </span>
                  ))
                : "—"}
            </dd>
            <dt>Tags</dt>
            <dd>{claim.tags.map((t) => t.tag.name).join(", ") || "—"}</dd>
            <dt>Reviews</dt>
            <dd>{claim._count.reviews}</dd>
            <dt>Created</dt>
            <dd>{formatDate(claim.createdAt)}</dd>
            <dt>Updated</dt>
            <dd>{formatDate(claim.updatedAt)}</dd>
            <dt>Slug</dt>
            <dd>
              <code>{claim.slug}</code>
            </dd>
          </dl>
          <AppearancesSection page={page} canWrite={canWrite} sources={sources} />
          <ExternalReviews reviews={panels.externalReviews} />
        </aside>
      </div>
    </div>
  );
}
