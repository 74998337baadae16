"use server";
import { redirect } from "next/navigation";
import { ValidationError } from "@/lib/errors";
import { importClaimReviews, type ClaimReviewImportItem } from "@/lib/services/claimreview-import";
import type { FormState } from "./form-state";
import { formAction } from "./action-client";

const CHOOSE_ONE = "Give the address of a fact-check page or choose a .json file.";
const NOT_BOTH = "Give either an address or a file, not both.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the form says after an import: counts in words, then each claim as a link. */
function summary(items: ClaimReviewImportItem[]): FormState {
  const created = items.filter((i) => i.outcome === "created").length;
  const before = items.length - created;
  const parts = [
    created ? `Imported ${plural(created, "fact-check as a draft claim", "fact-checks as draft claims")}.` : null,
    before
      ? `${plural(before, "fact-check was", "fact-checks were")} already imported and ${before === 1 ? "was" : "were"} left unchanged.`
      : null,
  ];
  return {
    ok: true,
    message: parts.filter(Boolean).join(" "),
    links: items.map((i) => ({
      href: `/claims/${i.claimId}`,
      label: i.text,
      note: [`${i.organization}: ${i.rating ?? "no rating"}`, i.outcome === "unchanged" ? "already imported" : null]
        .filter(Boolean)
        .join(" · "),
    })),
  };
}

/**
 * Imports published fact-checks from a page address or an uploaded JSON file (ClaimReview JSON-LD or
 * a Fact Check Tools response). One new claim opens directly; anything else is listed on the form.
 */
export const importClaimReviewForm = formAction("claim:write", async (principal, form) => {
  const url = form.get("url");
  const file = form.get("json");
  const hasUrl = typeof url === "string" && url.trim() !== "";
  // An empty file input still posts a nameless, empty file; only content counts as a choice.
  const hasFile = file instanceof File && file.size > 0;
  if (!hasUrl && !hasFile) throw new ValidationError(CHOOSE_ONE, { url: [CHOOSE_ONE] });
  if (hasUrl && hasFile) throw new ValidationError(NOT_BOTH, { url: [NOT_BOTH] });
  const fetchAppearances = form.get("fetchAppearances") === "on";
  const raw = hasUrl ? { url, fetchAppearances } : { json: await (file as File).text(), fetchAppearances };
  const items = await importClaimReviews(principal, raw);
  if (items.length === 1 && items[0].outcome === "created") redirect(`/claims/${items[0].claimId}`);
  return summary(items);
});
