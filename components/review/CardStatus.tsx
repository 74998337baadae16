import Link from "next/link";
import { cardPath } from "@/lib/cards/urls";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";

/** The claim's latest card on the review page: a link while it is public, else why it is not. */
export function CardStatus({
  slug,
  status,
  isPublic,
  cardNumber,
}: {
  slug: string;
  status: ClaimStatus;
  isPublic: boolean;
  cardNumber: number;
}) {
  return (
    <section className="panel">
      <h2 style={{ marginTop: 0 }}>Card</h2>
      {isPublic ? (
        <p>
          <Link href={cardPath(slug)}>Public card, version {cardNumber}</Link>
        </p>
      ) : (
        <p className="small muted">
          Version {cardNumber} exists but is not public while the claim is {CLAIM_STATUS_LABELS[status].toLowerCase()}.
        </p>
      )}
    </section>
  );
}
