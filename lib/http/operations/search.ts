import type { ApiOperations } from "./types";
import { searchPage } from "../responses/search";

export const searchOperations: ApiOperations = {
  "/search": {
    get: {
      summary:
        "Full-text search over claims, sources, statements, evidence and actors, best first. `q` is plain words " +
        '("quoted phrases" when balanced; the last word also matches as a prefix; no operators); over 500 characters -> 422. ' +
        "Filters: `type` (claim|source|statement|evidence|actor), `status`, `verdict` (latest card) and `tag` (claims only), " +
        "`actor` (claims by claimant or subject, statements by speaker), `from`/`to` (created, or published for sources). " +
        "Each item has `snippet` as plain text with `highlights` as [start, end) ranges (never HTML), and `nextCursor` pages on.",
      auth: "staff",
      query: ["q", "type", "status", "verdict", "actor", "tag", "from", "to", "limit", "cursor"],
      response: searchPage,
    },
  },
};
