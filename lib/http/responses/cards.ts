// Response shapes of published cards and of the publishing workflow. Card content is a stored
// snapshot: fields added after the first cards were written are optional (lib/cards/types.ts).
import { z } from "zod";
import { ATTRIBUTION_VERDICTS, TRUTH_VERDICTS } from "@/lib/verdicts";
import { count, dateTime, id, maybe, text } from "./common";

const truthVerdict = z.enum(TRUTH_VERDICTS);
const attributionVerdict = z.enum(ATTRIBUTION_VERDICTS);
// Snapshot dates are ISO strings written by the snapshot builder; early snapshots hold plain dates.
const snapshotDate = text;

const cardSourceRef = z.object({
  title: text,
  publisher: maybe(text),
  url: maybe(text),
  publishedAt: maybe(snapshotDate),
});
const chainLink = z.object({
  role: z.enum(["speaker", "via", "source", "publisher"]),
  label: text,
  kind: text.optional(),
});
const cardEvidence = z.object({
  stance: text,
  quote: text,
  sourceTitle: text,
  publisher: maybe(text),
  publishedAt: maybe(snapshotDate),
  url: maybe(text),
  publicNote: maybe(text).optional(),
  chain: z.array(chainLink).optional(),
  weaknesses: z.array(text).optional(),
});
const attributionChain = z.object({
  speaker: text,
  anonymous: z.boolean(),
  cue: maybe(text),
  kind: text,
  quote: text,
  hedges: z.array(text).optional(),
  via: z.array(text),
  source: cardSourceRef,
});
const cardContent = z.object({
  claim: z.object({ text, kind: text, claimant: maybe(text), claimantKind: maybe(text).optional() }),
  truthVerdict,
  attributionVerdict,
  rationale: text,
  evidence: z.array(cardEvidence),
  reviewCount: count,
  appearances: z.array(cardSourceRef),
  attributions: z.array(attributionChain),
  methodologyPath: text.optional(),
});

/** schema.org ClaimReview (https://schema.org/ClaimReview), as embedded in the card page. */
export const claimReview = z.looseObject({
  "@context": text,
  "@type": z.literal("ClaimReview"),
  url: text,
  claimReviewed: text,
  datePublished: text,
  author: z.looseObject({ "@type": text, name: text }),
  reviewRating: z.looseObject({ "@type": text, alternateName: text }),
  itemReviewed: z.looseObject({ "@type": text }),
});

export const publicCard = z.object({
  slug: text,
  number: count,
  latestNumber: count,
  headline: text,
  truthVerdict,
  attributionVerdict,
  rationale: text,
  correctionNote: maybe(text),
  publishedAt: dateTime,
  firstPublishedAt: dateTime,
  content: cardContent,
  history: z.array(z.object({ number: count, publishedAt: dateTime, correctionNote: maybe(text), headline: text })),
  organizationName: text,
  url: text,
  versionUrl: text,
  superseded: z.boolean(),
  claimReview,
});

export const cardList = z.object({
  items: z.array(z.object({ slug: text, url: text, title: text, version: count, publishedAt: dateTime })),
});
export const claimReviewFeed = z.array(claimReview);

export const writtenCard = z.object({
  id,
  slug: text,
  number: count,
  headline: text,
  truthVerdict,
  attributionVerdict,
  rationale: text,
  correctionNote: maybe(text),
  publishedAt: dateTime,
  url: text,
  versionUrl: text,
  claimVersion: count,
});

const reviewRevision = z.object({
  number: count,
  truthVerdict,
  attributionVerdict,
  confidence: text,
  afterSeeingOthers: z.boolean(),
  createdAt: dateTime,
});
const review = z.object({
  id,
  reviewerId: id,
  truthVerdict,
  attributionVerdict,
  rationale: text,
  confidence: z.enum(["low", "medium", "high"]),
  createdAt: dateTime,
  updatedAt: dateTime,
  staleAt: maybe(dateTime),
  sawOthersAt: maybe(dateTime),
  reviewer: z.object({ id, name: text }),
  revisions: z.array(reviewRevision),
});
export const reviewWritten = z.object({ review, revised: z.boolean(), claimVersion: count });

export const reviewList = z.object({
  visibility: z.enum(["all", "hidden_until_you_review"]),
  reviews: z.array(review.extend({ stale: z.boolean(), changedAfterSeeingOthers: z.boolean() })),
  mine: maybe(review),
  hiddenCount: count,
  total: count,
  currentCount: count,
  disagreements: z.array(z.object({ axis: z.enum(["truth", "attribution"]), labels: z.array(text), summary: text })),
});
