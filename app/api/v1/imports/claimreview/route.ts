import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { importClaimReviews } from "@/lib/services/claimreview-import";

export const POST = apiRoute(operation("/imports/claimreview", "post"), async ({ principal, json }) => ({
  items: await importClaimReviews(principal, await json()),
}));
