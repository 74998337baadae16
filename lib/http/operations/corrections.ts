import { actorUpdateInput } from "@/lib/validation/actors";
import { evidenceUpdateInput } from "@/lib/validation/evidence";
import { sourceUpdateInput } from "@/lib/validation/sources";
import { statementUpdateInput } from "@/lib/validation/statements";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";

const writers = "analyst, editor, admin";
const stale = "only if the record is still at `version` (409 with the current version and who changed it otherwise)";

/** Issue 11: every record can be corrected, with history. */
export const correctionOperations: ApiOperations = {
  "/actors/{id}": {
    patch: {
      summary: `Correct an actor's name, kind or description; ${stale}`,
      auth: writers,
      body: actorUpdateInput,
      response: records.actorWithAliases,
    },
  },
  "/sources/{id}": {
    patch: {
      summary: `Correct a source's metadata (title, kind, publisher, author, URL, date); the text changes only by a new revision; ${stale}`,
      auth: writers,
      body: sourceUpdateInput,
      response: records.sourceMetadata,
    },
  },
  "/statements/{id}": {
    patch: {
      summary: `Correct a statement's speaker, intermediary, cue, kind, anonymity, hedges or the statement it is relayed through; ${stale}`,
      auth: writers,
      body: statementUpdateInput,
      response: records.statementRecord,
    },
  },
  "/claims/{id}/evidence/{evidenceId}": {
    patch: {
      summary: `Correct an evidence item's stance, internal note, public note, claim or linked statement; ${stale}`,
      auth: writers,
      body: evidenceUpdateInput,
      response: records.evidenceRecord,
    },
  },
};
