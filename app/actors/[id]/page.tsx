import type { Metadata } from "next";
import Link from "next/link";
import { removeAliasForm } from "@/lib/actions/actors";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { orNotFound } from "@/lib/http/not-found";
import { attributionLine } from "@/lib/reader/highlights";
import { getActorProfile } from "@/lib/services/actors";
import { ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { formatDate } from "@/lib/format";
import { ActorEditForm } from "@/components/actors/ActorEditForm";
import { AliasForm } from "@/components/actors/AliasForm";
import { MergeForm } from "@/components/actors/MergeForm";
import { ClaimStatusBadge } from "@/components/claims/ClaimStatusBadge";
import { ActionButton } from "@/components/forms/ActionButton";
import { Badge } from "@/components/ui/Badge";

export const metadata: Metadata = { title: "Actor" };

type Profile = Awaited<ReturnType<typeof getActorProfile>>;
type StatementRow = Profile["statements"][number];

function StatementList({
  statements,
  empty,
  viaLabel,
}: {
  statements: StatementRow[];
  empty: string;
  viaLabel?: boolean;
}) {
  if (!statements.length) return <p className="muted small">{empty}</p>;
  return (
    <ul className="plain-list">
      {statements.map((s) => (
        <li key={s.id} className="stack-tight" data-testid="actor-statement">
          <blockquote className="quote">{s.exact}</blockquote>
          <div className="small muted">
            {viaLabel && (
              <>
                <Link href={`/actors/${s.speaker.id}`}>{s.speaker.name}</Link>{" "}
              </>
            )}
            {attributionLine(s)} · <Link href={`/sources/${s.source.id}#h-${s.id}`}>{s.source.title}</Link>
            {s.source.publishedAt ? `, ${formatDate(s.source.publishedAt)}` : ""}{" "}
            {s.anonymous && <Badge kind="weak">anonymous</Badge>}
            {s.anchorStatus === "needs_review" && <Badge kind="needs-review">Needs review</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}

function ClaimList({ claims, empty }: { claims: Profile["claimsAbout"]; empty: string }) {
  if (!claims.length) return <p className="muted small">{empty}</p>;
  return (
    <ul className="side-list">
      {claims.map((c) => (
        <li key={c.id}>
          <Link href={`/claims/${c.id}`}>{c.text}</Link> <ClaimStatusBadge status={c.status} />
        </li>
      ))}
    </ul>
  );
}

export default async function ActorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ merged?: string }>;
}) {
  const { id } = await params;
  const { merged } = await searchParams;
  const { principal } = await pageGate("staff:read", `/actors/${id}`);
  const actor = await orNotFound(getActorProfile(principal, id));
  const canWrite = can(principal, "actor:write");
  // Mirrors mergeActors' rule; the service enforces it.
  const canMerge = canWrite && (principal.role === "editor" || principal.role === "admin");
  return (
    <div className="grid-2">
      <div className="stack">
        <div className="panel">
          {merged && (
            <div className="alert ok" role="status">
              Actors merged. Everything now points to {actor.name}.
            </div>
          )}
          <p className="small muted" style={{ margin: 0 }}>
            {ACTOR_KIND_LABELS[actor.kind]}
          </p>
          <h1>{actor.name}</h1>
          {actor.description && <p>{actor.description}</p>}
        </div>
        <section className="panel" aria-labelledby="said-heading">
          <h2 id="said-heading" style={{ marginTop: 0 }}>
            Statements by {actor.name} ({actor.statements.length})
          </h2>
          <StatementList statements={actor.statements} empty="No recorded statements." />
        </section>
        {actor.relayedStatements.length > 0 && (
          <section className="panel" aria-labelledby="relayed-heading">
            <h2 id="relayed-heading" style={{ marginTop: 0 }}>
              Statements relayed through {actor.name} ({actor.relayedStatements.length})
            </h2>
            <StatementList statements={actor.relayedStatements} empty="" viaLabel />
          </section>
        )}
        <section className="panel" aria-labelledby="by-heading">
          <h2 id="by-heading" style={{ marginTop: 0 }}>
            Claims made by {actor.name}
          </h2>
          <ClaimList claims={actor.claimsAsserted} empty="None recorded as claimant." />
          <h2 id="about-heading">Claims about {actor.name}</h2>
          <ClaimList claims={actor.claimsAbout} empty="None recorded as subject." />
        </section>
      </div>
      <aside className="stack">
        {canWrite && (
          <section className="panel" aria-labelledby="edit-actor-heading">
            <h2 id="edit-actor-heading" style={{ marginTop: 0 }}>
              Correct this actor
            </h2>
            <ActorEditForm actor={actor} />
          </section>
        )}
        <section className="panel" aria-labelledby="aliases-heading">
          <h2 id="aliases-heading" style={{ marginTop: 0 }}>
            Also known as
          </h2>
          {actor.aliases.length === 0 ? (
            <p className="muted small">No aliases.</p>
          ) : (
            <ul className="side-list" data-testid="alias-list">
              {actor.aliases.map((a) => (
                <li key={a.id} className="row-actions">
                  <span>{a.alias}</span>
                  {canWrite && (
                    <ActionButton
                      action={removeAliasForm}
                      fields={{ id: a.id, actorId: actor.id }}
                      label="Remove"
                      ariaLabel={`Remove alias ${a.alias}`}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {canWrite && <AliasForm actorId={actor.id} />}
        </section>
        {canMerge && (
          <section className="panel" aria-labelledby="merge-heading">
            <h2 id="merge-heading" style={{ marginTop: 0 }}>
              Merge a duplicate
            </h2>
            <MergeForm actorId={actor.id} actorName={actor.name} />
          </section>
        )}
      </aside>
    </div>
  );
}
