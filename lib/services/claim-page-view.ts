// The staff claim page's shared part, kept per claim until a write that can change it (ADR 0030).
import "server-only";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { getClaimPage } from "./claim-page";
import { claimReaderState } from "./claim-reader";
import { listPossibleEvidence } from "./claim-matches";
import { claimNumbersOf } from "./claim-numbers";
import { listExternalReviews } from "./claimreview-import";
import { searchDataVersion } from "./search";
import { similarToClaim } from "./similar-claims";

export type ClaimPageView = Awaited<ReturnType<typeof readView>>;

/** Most recently used last; every staff role shares an entry (nothing in a view depends on the reader). */
const kept = new Map<string, { key: string; view: ClaimPageView }>();
// A typical view (10 evidence items, 8 similar claims, 100 source titles) is ~18 KB as JSON, so the
// cache holds tens of MB at most; a claim with a very long evidence list is read fresh every time.
const KEPT_VIEWS = 500;
const MAX_KEPT_EVIDENCE = 200;

/**
 * The claim page's panels that are the same for every staff member: the claim with its evidence,
 * statements, appearances and relations (getClaimPage), its figures, possible evidence, similar claims
 * and external reviews (the appearance picker fetches its sources when opened, ADR 0035). Callers must
 * not change the object they get: it is shared.
 *
 * Everything here is read from tables that move either the search data version (claims, tags, subjects,
 * actors, aliases, sources, revisions, statements, evidence; ADR 0009) or the claim's own counter in
 * ClaimPageVersion (appearances, reviews, relations on either side, possible evidence, external reviews;
 * hand-written triggers). A view is kept under both numbers, read before the view is computed, so a kept
 * view is never older than the last write any process committed: two indexed reads a view instead of
 * about fifteen statements and the figures' and similar claims' work.
 */
export async function getClaimPageView(principal: Principal | null, id: string): Promise<ClaimPageView> {
  requirePermission(principal, "staff:read");
  const key = await versionKey(principal, id);
  const hit = kept.get(id);
  if (key !== null && hit?.key === key) {
    kept.delete(id);
    kept.set(id, hit);
    return hit.view;
  }
  const view = await readView(principal, id);
  if (key !== null && view.page.evidence.length <= MAX_KEPT_EVIDENCE) {
    kept.delete(id);
    kept.set(id, { key, view });
    if (kept.size > KEPT_VIEWS) kept.delete(kept.keys().next().value!);
  }
  return view;
}

/** Null before the version migrations (nothing is kept then). The claim's counter comes with the reader's state. */
async function versionKey(principal: Principal | null, id: string) {
  const [search, own] = await Promise.all([searchDataVersion(), claimReaderState(principal, id)]);
  return search === null ? null : `${search}:${own.pageVersion}`;
}

async function readView(principal: Principal | null, id: string) {
  const page = await getClaimPage(principal, id);
  const { claim } = page;
  const [numbers, possibleEvidence, similarClaims, externalReviews] = await Promise.all([
    claimNumbersOf(principal, { text: claim.text, evidence: page.evidence, appearances: page.appearances }),
    listPossibleEvidence(principal, id),
    similarToClaim(
      principal,
      claim,
      page.relations.map((r) => r.claim.id),
    ),
    listExternalReviews(principal, id),
  ]);
  return { page, numbers, possibleEvidence, similarClaims, externalReviews };
}
