import Link from "next/link";
import type { PublishedCard } from "@/lib/cards/types";
import { cardPath } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import styles from "./ClaimCard.module.css";

/** Every version, newest first, each with its correction note and a permanent link. */
export function CorrectionHistory({
  slug,
  history,
  current,
}: {
  slug: string;
  history: PublishedCard["history"];
  current: number;
}) {
  return (
    <ol reversed className={styles.history} aria-label="Versions">
      {history.map((h) => (
        <li key={h.number}>
          {h.number === current ? (
            <strong>Version {h.number} (this page)</strong>
          ) : (
            <Link href={cardPath(slug, h.number)}>Version {h.number}</Link>
          )}
          , {formatDate(h.publishedAt)}
          {h.correctionNote ? (
            <>
              : <span data-testid="correction-note">{h.correctionNote}</span>
            </>
          ) : h.number === 1 ? (
            ": first published."
          ) : (
            ""
          )}
        </li>
      ))}
    </ol>
  );
}
