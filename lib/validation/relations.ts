import { z } from "zod";
import { ClaimRelationKind, valuesOf } from "@/lib/enums";
import { choice, id, optionalId, withoutUncleanChars } from "./common";

export const RELATION_KINDS = valuesOf(ClaimRelationKind);
export type RelationKind = ClaimRelationKind;
/** How a relation reads from the claim that holds it ("this claim … that claim"). */
export const RELATION_LABELS: Record<RelationKind, { out: string; in: string }> = {
  contradicts: { out: "Contradicts", in: "Contradicted by" },
  duplicates: { out: "Duplicates", in: "Duplicated by" },
  refines: { out: "Refines", in: "Refined by" },
};

export const relationCreateInput = z.object({
  toClaimId: id("Related claim"),
  kind: choice(
    RELATION_KINDS,
    { contradicts: "Contradicts", duplicates: "Duplicates", refines: "Refines" },
    "how this claim relates to the other",
  ),
});
export type RelationCreateInput = z.infer<typeof relationCreateInput>;

export const appearanceCreateInput = z.object({
  sourceId: id("Source"),
  statementId: optionalId("Statement"),
});
export type AppearanceCreateInput = z.infer<typeof appearanceCreateInput>;

export const claimSearchQuery = z.object({
  q: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().max(200, "Search must be at most 200 characters.").transform(withoutUncleanChars),
  ),
  excludeId: optionalId("Excluded claim"),
});
