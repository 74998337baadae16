import { formatDate } from "@/lib/format";
import type { listExternalReviews } from "@/lib/services/claimreview-import";

const safeHttp = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** Other organisations' published ratings of this claim (imported ClaimReview): theirs, not ours. */
export function ExternalReviews({ reviews }: { reviews: Awaited<ReturnType<typeof listExternalReviews>> }) {
  if (!reviews.length) return null;
  return (
    <section aria-labelledby="external-reviews-heading">
      <h2 id="external-reviews-heading">Other fact-checkers</h2>
      <p className="small muted">Ratings published by other organisations; they are not this desk&apos;s verdict.</p>
      <ul className="small">
        {reviews.map((r) => {
          const scale = r.ratingValue !== null && r.bestRating !== null ? ` (${r.ratingValue} of ${r.bestRating})` : "";
          const url = safeHttp(r.url);
          return (
            <li key={r.id}>
              <strong>{r.organization}</strong>: {r.ratingText ?? "no rating text"}
              {scale}
              {r.reviewedAt ? `, ${formatDate(r.reviewedAt)}` : ""}
              {url && (
                <>
                  {" · "}
                  <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                    their fact-check
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
