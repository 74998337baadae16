import type { DisputeItem as Item } from "@/lib/dispute/types";
import { DisputeItem } from "./DisputeItem";

/** Evidence that gives context (neither side), shown with the same chain as the sides; nothing when empty. */
export function DisputeContext({ items, level, className }: { items: Item[]; level: 2 | 3; className?: string }) {
  if (items.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  const headingId = `context-heading-${level}`;
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading id={headingId} style={level === 2 ? { marginTop: 0 } : undefined}>
        Context ({items.length})
      </Heading>
      <ul className="plain-list">
        {items.map((item) => (
          <DisputeItem key={item.evidence.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
