// Response shape of the staff search (lib/search/types.ts).
import { z } from "zod";
import { SEARCH_TYPES } from "@/lib/search/schema-objects";
import { cursorPage, id, maybe, text } from "./common";

const range = z.tuple([z.number().int(), z.number().int()]).describe("[start, end) UTF-16 offsets to mark");

export const searchPage = cursorPage(
  z.object({
    type: z.enum(SEARCH_TYPES),
    id,
    title: text,
    titleHighlights: z.array(range),
    snippet: text.describe("plain text, never HTML"),
    highlights: z.array(range),
    url: text,
    score: z.number(),
    status: text.optional(),
    verdict: maybe(text).optional(),
    kind: text.optional(),
    stance: text.optional(),
    claimId: id.optional(),
    sourceId: id.optional(),
    sourceTitle: text.optional(),
    speakerName: text.optional(),
    publisher: maybe(text).optional(),
    date: maybe(text).optional(),
  }),
);
