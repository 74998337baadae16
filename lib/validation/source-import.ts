import { z } from "zod";
import { sourceKind } from "./sources";

export const sourceFromUrlInput = z.object({
  url: z
    .string({ error: "URL is required." })
    .trim()
    .min(1, "URL is required.")
    .max(2000, "URL must be at most 2000 characters.")
    .pipe(z.url({ protocol: /^https?$/, error: "URL must start with http:// or https://." })),
  kind: sourceKind.default("article"),
});
export type SourceFromUrlInput = z.infer<typeof sourceFromUrlInput>;
