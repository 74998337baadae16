import { apiRoute } from "@/lib/http/api";
import { importClaimReviews } from "@/lib/services/claimreview-import";

export const POST = apiRoute(async ({ principal, json }) => ({
  items: await importClaimReviews(principal, await json()),
}));
