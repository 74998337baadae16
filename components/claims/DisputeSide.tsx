import Link from "next/link";
import type { ChainLink, DisputeGroup, DisputeItem, DisputeSide as Side } from "@/lib/dispute/types";
import { Badge } from "@/components/ui/Badge";

function Chain({ chain }: { chain: ChainLink[] }) {
  return (
    <ol className="chain" aria-label="Chain of attribution">
      {chain.map((link, i) => (
        <li key={i} className={`chain-${link.role}`}>
          <span className="visually-hidden">{link.role}: </span>
          {link.role === "speaker" && <Link href={`/actors/${link.actorId}`}>{link.label}</Link>}
          {link.role === "via" &&
            (link.actorId ? <Link href={`/actors/${link.actorId}`}>{link.label}</Link> : link.label)}
          {link.role === "source" && <Link href={`/sources/${link.sourceId}`}>{link.label}</Link>}
          {link.role === "publisher" && link.label}
        </li>
      ))}
    </ol>
  );
}

function Item({ item }: { item: DisputeItem }) {
  const { evidence: e } = item;
  return (
    <li className="dispute-item" data-testid="dispute-item">
      <blockquote className={`quote stance-${e.stance}`}>{e.exact}</blockquote>
      <Chain chain={item.chain} />
      {item.weaknesses.length > 0 && (
        <div className="badges" aria-label="What weakens this link">
          {item.weaknesses.map((w) => (
            <Badge key={w.label} kind={`weak weak-${w.kind}`}>
              {w.label}
            </Badge>
          ))}
        </div>
      )}
      {e.note && (
        <p className="small muted" style={{ margin: 0 }}>
          Internal note: {e.note}
        </p>
      )}
      <Link className="small" href={`/sources/${e.sourceId}#h-${e.id}`}>
        Open in the reader
      </Link>
    </li>
  );
}

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
          <Item key={item.evidence.id} item={item} />
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
