import type { getClaimPage } from "@/lib/services/claim-page";

/** What the claim page read returns; its sections each render one part of it. */
export type ClaimPageData = Awaited<ReturnType<typeof getClaimPage>>;
