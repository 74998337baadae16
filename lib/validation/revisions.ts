import { z } from "zod";
import { optionalText } from "./common";
import { sourceText } from "./sources";

export const revisionCreateInput = z.object({
  text: sourceText,
  note: optionalText("Note", 1000, { multiline: true }),
});
export type RevisionCreateInput = z.infer<typeof revisionCreateInput>;
