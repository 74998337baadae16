import { withStatus } from "@/lib/http/response-shape";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { listReviews, submitReview } from "@/lib/services/reviews";

// Blind: a reviewer gets others' reviews only after submitting their own (see listReviews).
export const GET = apiRoute<{ id: string }>(operation("/claims/{id}/reviews", "get"), ({ principal, params }) =>
  listReviews(principal, params.id),
);

export const POST = apiRoute<{ id: string }>(
  operation("/claims/{id}/reviews", "post"),
  async ({ principal, params, json }) => {
    const result = await submitReview(principal, params.id, await json());
    return withStatus(result, result.revised ? 200 : 201);
  },
);
