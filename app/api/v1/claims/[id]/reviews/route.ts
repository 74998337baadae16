import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { listReviews, submitReview } from "@/lib/services/reviews";

// Blind: a reviewer gets others' reviews only after submitting their own (see listReviews).
export const GET = apiRoute<{ id: string }>(({ principal, params }) => listReviews(principal, params.id));

export const POST = apiRoute<{ id: string }>(async ({ principal, params, json }) => {
  const result = await submitReview(principal, params.id, await json());
  return NextResponse.json(result, { status: result.revised ? 200 : 201 });
});
