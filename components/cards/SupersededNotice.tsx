import Link from "next/link";
import { cardPath } from "@/lib/cards/urls";
import styles from "./ClaimCard.module.css";

/** Shown on every version that is not the latest, so an old link never passes for the current verdict. */
export function SupersededNotice({
  slug,
  number,
  latestNumber,
}: {
  slug: string;
  number: number;
  latestNumber: number;
}) {
  return (
    <div className={`alert warn ${styles.superseded}`} role="note" data-testid="superseded-notice">
      This is version {number}. Superseded by version {latestNumber}:{" "}
      <Link href={cardPath(slug)}>read the current card (version {latestNumber})</Link>.
    </div>
  );
}
