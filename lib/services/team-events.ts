// The one entry point the workflow, review and card services call when something happens that
// colleagues or webhook subscribers care about (ADR 0016). Each runs inside the caller's transaction.
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { cardPath } from "@/lib/cards/urls";
import type { Tx } from "@/lib/db/client";
import { excerpt } from "@/lib/reader/highlights";
import { configuredBaseUrl } from "@/lib/http/origin";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/validation/claims";
import { notify } from "./notifications";
import { enqueueWebhook } from "./webhooks";

/** Statuses under which a claim's card is public: only these claims are ever sent to webhooks. */
const PUBLIC: ClaimStatus[] = ["published", "corrected"];
const label = (s: ClaimStatus) => CLAIM_STATUS_LABELS[s];

const claimAbout = async (tx: Tx, claimId: string) =>
  tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { id: true, slug: true, text: true, createdById: true },
  });

/** Followers hear of every status change; webhooks only of changes to or from a published card. */
export async function onClaimStatusChanged(
  tx: Tx,
  actor: Principal | null,
  claimId: string,
  change: { from: ClaimStatus; to: ClaimStatus },
) {
  const claim = await claimAbout(tx, claimId);
  const followers = await tx.claimFollow.findMany({ where: { claimId }, select: { userId: true } });
  await notify(
    tx,
    followers.map((f) => f.userId),
    {
      kind: "status_changed",
      actor,
      title: `“${excerpt(claim.text, 80)}” is now ${label(change.to)} (was ${label(change.from)})`,
      link: `/claims/${claimId}`,
      claimId,
    },
  );
  if (PUBLIC.includes(change.from) || PUBLIC.includes(change.to))
    await enqueueWebhook(tx, "claim.status_changed", claimId, {
      claimId,
      slug: claim.slug,
      previousStatus: change.from,
      status: change.to,
      url: configuredBaseUrl() + cardPath(claim.slug),
    });
}

/** A new card version: webhooks for publish and correction; earlier publishers hear of corrections. */
export async function onCardVersionWritten(
  tx: Tx,
  editor: Principal | null,
  card: {
    claimId: string;
    slug: string;
    number: number;
    headline: string;
    truthVerdict: string;
    attributionVerdict: string;
    correctionNote: string | null;
  },
) {
  const corrected = !!card.correctionNote;
  await enqueueWebhook(tx, corrected ? "card.corrected" : "card.published", card.claimId, {
    claimId: card.claimId,
    slug: card.slug,
    version: card.number,
    headline: card.headline,
    truthVerdict: card.truthVerdict,
    attributionVerdict: card.attributionVerdict,
    ...(corrected ? { correctionNote: card.correctionNote } : {}),
    url: configuredBaseUrl() + cardPath(card.slug, card.number),
  });
  if (!corrected) return;
  const earlier = await tx.cardVersion.findMany({
    where: { claimId: card.claimId, number: { lt: card.number } },
    select: { publishedById: true },
  });
  await notify(
    tx,
    earlier.map((v) => v.publishedById),
    {
      kind: "card_corrected",
      actor: editor,
      title: `${editor?.name ?? "Someone"} corrected the card “${excerpt(card.headline, 80)}” you published (version ${card.number})`,
      link: `/claims/${card.claimId}/review`,
      claimId: card.claimId,
    },
  );
}

/** The claim's author and assignee hear that a review came in; never its verdict. */
export async function onReviewSubmitted(tx: Tx, reviewer: Principal, claimId: string, revised: boolean) {
  const claim = await claimAbout(tx, claimId);
  const assignment = await tx.claimAssignment.findUnique({ where: { claimId }, select: { assigneeId: true } });
  await notify(tx, [claim.createdById, assignment?.assigneeId], {
    kind: "review_submitted",
    actor: reviewer,
    title: `${reviewer.name} ${revised ? "revised a" : "submitted a"} review of “${excerpt(claim.text, 80)}”`,
    link: `/claims/${claimId}/review`,
    claimId,
  });
}
