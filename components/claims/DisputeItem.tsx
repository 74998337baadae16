import Link from "next/link";
import type { ChainLink, DisputeItem as Item } from "@/lib/dispute/types";
import { Badge } from "@/components/ui/Badge";

/** speaker → intermediary → source → publisher, each a link to its page where it has one. */
export function DisputeChain({ chain }: { chain: ChainLink[] }) {
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

/** One evidence item of the dispute: its words, the chain they travelled and what weakens it. */
export function DisputeItem({ item }: { item: Item }) {
  const { evidence: e } = item;
  return (
    <li className="dispute-item" data-testid="dispute-item">
      <blockquote className={`quote stance-${e.stance}`}>{e.exact}</blockquote>
      <DisputeChain chain={item.chain} />
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
