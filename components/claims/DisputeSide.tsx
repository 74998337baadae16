import Link from "next/link";
import type { Dispute, DisputeGroup, DisputeSide as Side } from "@/lib/dispute/types";
import { DisputeItem } from "./DisputeItem";

function Group({ group }: { group: DisputeGroup }) {
  return (
    <section className="dispute-group" aria-label={group.label} data-testid="dispute-group">
      <h3>
        {group.actor ? (
          <Link href={`/actors/${group.actor.id}`}>{group.label}</Link>
        ) : (
          <>
            {group.label} <span className="small muted">(unattributed words of the source)</span>
          </>
        )}
        <span className="small muted">
          {" "}
          · {group.items.length} item{group.items.length === 1 ? "" : "s"}
        </span>
      </h3>
      <ul className="plain-list">
        {group.items.map((item) => (
          <DisputeItem key={item.evidence.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** One side of the dispute: the actors (or sources) on it, each with their words and chains. */
export function DisputeSide({ side, title, empty }: { side: Side; title: string; empty: string }) {
  return (
    <section className={`panel dispute-side side-${side.stance}`} aria-labelledby={`side-${side.stance}`}>
      <h2 id={`side-${side.stance}`} style={{ marginTop: 0 }}>
        {title} <span className="count">({side.count})</span>
      </h2>
      {side.groups.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <p className="small muted">{side.groups.map((g) => g.label).join(" · ")}</p>
          {side.groups.map((g) => (
            <Group key={g.key} group={g} />
          ))}
        </>
      )}
    </section>
  );
}

/** Who asserts the claim beside who denies it. */
export function DisputeColumns({ dispute }: { dispute: Dispute }) {
  return (
    <div className="dispute-columns">
      <DisputeSide side={dispute.asserts} title="Who asserts it" empty="No supporting evidence yet." />
      <DisputeSide side={dispute.denies} title="Who denies it" empty="No contradicting evidence yet." />
    </div>
  );
}

/** "2 supporting · 1 contradicting · 0 context" */
export function StanceCounts({
  counts,
  testId,
  flush,
}: {
  counts: Dispute["counts"];
  testId: string;
  flush?: boolean;
}) {
  return (
    <p className="small muted" data-testid={testId} style={flush ? { margin: 0 } : undefined}>
      {counts.supports} supporting · {counts.contradicts} contradicting · {counts.context} context
    </p>
  );
}
