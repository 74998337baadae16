import { z } from "zod";
import { claimListQuery } from "./claims";
import { optionalId } from "./common";

export const EXPORT_DATASETS = ["claims", "evidence", "statements", "reviews", "cards"] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ["csv", "json", "jsonld"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_DATASET_LABELS: Record<ExportDataset, string> = {
  claims: "Claims",
  evidence: "Evidence",
  statements: "Statements",
  reviews: "Reviews",
  cards: "Published cards",
};

/** What to export, filtered like the list pages: claim status (claims, evidence, reviews, cards), claim or source. */
export const exportQuery = claimListQuery
  .extend({
    dataset: z.enum(EXPORT_DATASETS, { error: `Export one of: ${EXPORT_DATASETS.join(", ")}.` }),
    format: z.enum(EXPORT_FORMATS, { error: "Format must be csv, json or jsonld." }).default("csv"),
    claimId: optionalId("Claim"),
    sourceId: optionalId("Source"),
  })
  .refine((q) => q.format !== "jsonld" || q.dataset === "evidence", {
    message: "JSON-LD (W3C Web Annotation) is available for evidence only.",
    path: ["format"],
  });
export type ExportQuery = z.infer<typeof exportQuery>;
