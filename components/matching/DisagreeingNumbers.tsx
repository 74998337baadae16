import Link from "next/link";
import type { disagreeingNumbersInSource } from "@/lib/services/claim-numbers";

export type DisagreeingNumberItems = Awaited<ReturnType<typeof disagreeingNumbersInSource>>;

/** Reader side panel: figures in this source that another source contradicts about the same claim's event. */
export function DisagreeingNumbers({ items }: { items: DisagreeingNumberItems }) {
  if (!items.length) return null;
  return (
    <section className="side-section" aria-labelledby="disagreeing-numbers-heading">
      <h2 id="disagreeing-numbers-heading">Numbers that disagree ({items.length})</h2>
      <ul className="side-list">
        {items.map((i) => (
          <li key={`${i.claim.id}-${i.start}`} data-testid="disagreeing-number">
            <b>“{i.phrase}”</b>
            <div className="small">
              Other sources say {i.others.join("; ")} — on <Link href={`/claims/${i.claim.id}`}>{i.claim.text}</Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
