import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { claimTimeline } from "@/lib/services/activity";

// Blind: review content is left out for reviewers who have not reviewed the claim yet.
export const GET = apiRoute<{ id: string }>(
  operation("/claims/{id}/activity", "get"),
  async ({ principal, params }) => ({
    items: await claimTimeline(principal, params.id),
  }),
);
