// Data-layer test helpers for the review and publishing workflow: each call builds its own rows.
import type { Principal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/services/claims";
import { addEvidence } from "@/lib/services/evidence";
import { createSource } from "@/lib/services/sources";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";

export const REVIEW = {
  truthVerdict: "unproven",
  attributionVerdict: "accurately_attributed",
  rationale: "Only the authority says so.",
  confidence: "medium",
};

/** A draft claim with one evidence item from a fictional article; `evidence: false` leaves it bare. */
export async function draftClaim(analyst: Principal, options: { evidence?: boolean; text?: string } = {}) {
  const source = await createSource(analyst, {
    title: "Velmora ferry",
    publisher: "Velmora Post",
    url: "https://post.example/ferry",
    publishedAt: "2026-11-20",
    text: fictionalArticle(),
  });
  const claim = await createClaim(analyst, {
    text: options.text ?? "The first Velmora ferry sails at dawn",
    kind: "factual",
    // Tests share one database per file and reuse this text; duplicate detection has its own tests.
    allowDuplicate: true,
  });
  const evidence =
    options.evidence === false
      ? null
      : await addEvidence(analyst, claim.id, {
          sourceId: source.id,
          quote: { exact: "We expect the first sailing at dawn" },
          stance: "supports",
        });
  return { claim, source, evidence };
}

export const claimVersion = async (id: string) =>
  (await (await getDb()).claim.findUniqueOrThrow({ where: { id } })).version;
export const claimStatus = async (id: string) =>
  (await (await getDb()).claim.findUniqueOrThrow({ where: { id } })).status;

export async function team() {
  const [analyst, reviewer, reviewer2, editor, admin] = await Promise.all([
    makeUser("analyst"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
    makeUser("admin"),
  ]);
  return { analyst, reviewer, reviewer2, editor, admin };
}
