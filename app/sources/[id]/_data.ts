// What the source page's streamed side panels read (ADR 0018: pages fetch; ADR 0029: panels stream).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { teamMembers } from "@/lib/services/assignments";
import { listClaimMatches } from "@/lib/services/claim-matches";
import { disagreeingNumbersInSource } from "@/lib/services/claim-numbers";
import { listComments } from "@/lib/services/comments";
import { getReaderData } from "@/lib/services/sources";
import { suggestionPage } from "@/lib/services/suggestions";

/** The evidence, statement, review and revision lists, and the first page of suggestions. */
export async function loadReaderLists(principal: Principal, sourceId: string) {
  const [data, suggestions] = await Promise.all([
    getReaderData(principal, sourceId),
    suggestionPage(principal, sourceId),
  ]);
  return { data, suggestions };
}

/** Passages bearing on claims, and figures that disagree with other sources (slow on a large first view). */
export async function loadClaimPanels(principal: Principal, sourceId: string) {
  const [claimMatches, disagreeingNumbers] = await Promise.all([
    listClaimMatches(principal, sourceId),
    disagreeingNumbersInSource(principal, sourceId),
  ]);
  return { claimMatches, disagreeingNumbers };
}

export async function loadComments(principal: Principal, sourceId: string) {
  const [comments, members] = await Promise.all([
    listComments(principal, { targetType: "source", targetId: sourceId }),
    teamMembers(principal),
  ]);
  return { comments, mentionable: members.map(({ id, name, email }) => ({ id, name, email })) };
}
