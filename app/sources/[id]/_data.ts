// What the source page's side panel shows besides the reader data, fetched in parallel (ADR 0018: pages fetch).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { teamMembers } from "@/lib/services/assignments";
import { listClaimMatches } from "@/lib/services/claim-matches";
import { disagreeingNumbersInSource } from "@/lib/services/claim-numbers";
import { listComments } from "@/lib/services/comments";

export async function loadSourceSidePanels(principal: Principal, sourceId: string) {
  const [claimMatches, disagreeingNumbers, comments, members] = await Promise.all([
    listClaimMatches(principal, sourceId),
    disagreeingNumbersInSource(principal, sourceId),
    listComments(principal, { targetType: "source", targetId: sourceId }),
    teamMembers(principal),
  ]);
  const mentionable = members.map(({ id, name, email }) => ({ id, name, email }));
  return { claimMatches, disagreeingNumbers, comments, mentionable };
}
