import { actorMergeInput, aliasInput } from "@/lib/validation/actors";
import { appearanceCreateInput, relationCreateInput } from "@/lib/validation/relations";
import { revisionCreateInput } from "@/lib/validation/revisions";
import { reanchorInput, statementCreateInput, suggestionAcceptInput } from "@/lib/validation/statements";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";
import { removed, itemList } from "../responses/common";

const writers = "analyst, editor, admin";

/** Issue 3, the analyst workspace: statements, suggestions, revisions, relations, appearances, actors. */
export const workspaceOperations: ApiOperations = {
  "/statements": {
    get: {
      summary: "Statements of a source (`sourceId` is required)",
      auth: "staff",
      query: ["sourceId"],
      response: itemList(records.statementRecord),
    },
    post: {
      summary:
        "Record words of a source's current revision as said by a speaker (`speakerId` or `newSpeaker`), possibly via an intermediary; the quote's position is verified (422 if it does not hold the quote)",
      auth: writers,
      body: statementCreateInput,
      status: 201,
      response: records.statementRecord,
    },
  },
  "/statements/{id}": {
    get: { summary: "A statement with its speaker and intermediary", auth: "staff", response: records.statementRecord },
    delete: { summary: "Remove a statement; evidence quoting it keeps its own span", auth: writers, response: removed },
  },
  "/statements/{id}/reanchor": {
    post: {
      summary: "Place a statement anew on the source's current revision (fixes needs_review)",
      auth: writers,
      body: reanchorInput,
      response: records.statementRecord,
    },
  },
  "/sources/{id}/statements": {
    get: { summary: "Statements of a source, by position", auth: "staff", response: itemList(records.statementRecord) },
  },
  "/sources/{id}/suggestions": {
    get: {
      summary: "The extractor's proposals for the current revision (default: pending)",
      auth: "staff",
      query: ["status"],
      response: itemList(records.suggestionRecord),
    },
  },
  "/sources/{id}/revisions": {
    get: { summary: "Revisions of a source, newest first", auth: "staff", response: itemList(records.revisionSummary) },
    post: {
      summary:
        "Upload revision n+1 and re-anchor every evidence item and statement; identical text gets 422; spans without a clear match are flagged needs_review",
      auth: writers,
      body: revisionCreateInput,
      status: 201,
      response: records.revisionCreated,
    },
  },
  "/suggestions/{id}/accept": {
    post: {
      summary:
        "Accept a pending suggestion as a statement, optionally with edits; speaker and intermediary are matched to actors by name or alias or created; 409 if not pending or superseded",
      auth: writers,
      body: suggestionAcceptInput,
      status: 201,
      response: records.statementRecord,
    },
  },
  "/suggestions/{id}/dismiss": {
    post: { summary: "Dismiss a pending suggestion", auth: writers, response: records.suggestionDismissed },
  },
  "/claims/{id}/evidence/{evidenceId}": {
    get: { summary: "One evidence item of a claim", auth: "staff", response: records.evidenceRecord },
    delete: { summary: "Remove an evidence item", auth: writers, response: records.evidenceRemoved },
  },
  "/claims/{id}/evidence/{evidenceId}/reanchor": {
    post: {
      summary: "Place evidence anew on the source's current revision (fixes needs_review)",
      auth: writers,
      body: reanchorInput,
      response: records.evidenceRecord,
    },
  },
  "/claims/{id}/relations": {
    get: { summary: "Related claims, both directions", auth: "staff", response: records.relationList },
    post: {
      summary: "Relate this claim to another (contradicts, duplicates, refines); 409 if already related",
      auth: writers,
      body: relationCreateInput,
      status: 201,
      response: records.relationRecord,
    },
  },
  "/claims/{id}/relations/{relationId}": { delete: { summary: "Remove a relation", auth: writers, response: removed } },
  "/claims/{id}/appearances": {
    get: {
      summary: "Where the claim appears, oldest first (the first is its first appearance)",
      auth: "staff",
      response: records.claimAppearances,
    },
    post: {
      summary: "Record that the claim appears in a source; 409 if already recorded",
      auth: writers,
      body: appearanceCreateInput,
      status: 201,
      response: records.appearance,
    },
  },
  "/claims/{id}/appearances/{appearanceId}": {
    delete: { summary: "Remove an appearance", auth: writers, response: removed },
  },
  "/actors/{id}": {
    get: {
      summary: "An actor with aliases, statements by and through them, claims by and about them",
      auth: "staff",
      response: records.actorProfile,
    },
  },
  "/actors/{id}/aliases": {
    post: { summary: "Add an alias", auth: writers, body: aliasInput, status: 201, response: records.actorAlias },
  },
  "/actors/{id}/aliases/{aliasId}": { delete: { summary: "Remove an alias", auth: writers, response: removed } },
  "/actors/{id}/merge": {
    post: {
      summary:
        "Merge actor `mergeId` into this one: statements, claims and aliases move over, the merged name becomes an alias",
      auth: "editor, admin",
      body: actorMergeInput,
      response: records.actorMerged,
    },
  },
};
