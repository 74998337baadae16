import { claimReviewFeed } from "@/lib/cards/feed";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listPublishedCardDetails } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";

/** Public: every published card's latest ClaimReview, newest first, as one JSON array. */
export const GET = apiRoute(operation("/cards/feed", "get"), async ({ req }) =>
  claimReviewFeed(await listPublishedCardDetails(), publicBaseUrl(req.headers)),
);
