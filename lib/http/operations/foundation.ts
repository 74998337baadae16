import { actorCreateInput } from "@/lib/validation/actors";
import { claimCreateInput, claimUpdateInput } from "@/lib/validation/claims";
import { evidenceCreateInput } from "@/lib/validation/evidence";
import { sourceCreateInput } from "@/lib/validation/sources";
import { userCreateInput } from "@/lib/validation/users";
import type { ApiOperations } from "./types";

export const foundationOperations: ApiOperations = {
  "/sources": {
    get: { summary: "List sources, newest first", auth: "staff", query: ["limit", "cursor"] },
    post: {
      summary: "Import a source (text snapshot becomes revision 1)",
      auth: "analyst, editor, admin",
      body: sourceCreateInput,
      status: 201,
    },
  },
  "/sources/{id}": { get: { summary: "A source with its current revision's text", auth: "staff" } },
  "/claims": {
    get: { summary: "List claims, recently changed first", auth: "staff", query: ["limit", "cursor", "status"] },
    post: {
      summary: "Create a claim (status draft)",
      auth: "analyst, editor, admin",
      body: claimCreateInput,
      status: 201,
    },
  },
  "/claims/{id}": {
    get: { summary: "A claim with claimant, subjects, tags and appearances", auth: "staff" },
    patch: {
      summary: "Update a claim; `version` must be the version you read, else 409",
      auth: "analyst, editor, admin",
      body: claimUpdateInput,
    },
  },
  "/claims/{id}/evidence": {
    get: { summary: "Evidence for a claim", auth: "staff" },
    post: {
      summary: "Attach an exact quote of a source as evidence; ambiguous or absent quotes get 422",
      auth: "analyst, editor, admin",
      body: evidenceCreateInput,
      status: 201,
    },
  },
  "/actors": {
    get: { summary: "List actors; `q` matches names and aliases", auth: "staff", query: ["limit", "cursor", "q"] },
    post: {
      summary: "Create an actor with aliases",
      auth: "analyst, editor, admin",
      body: actorCreateInput,
      status: 201,
    },
  },
  "/cards": { get: { summary: "Published claim cards (slug, url, title)", auth: "public" } },
  "/users": {
    get: { summary: "List users", auth: "admin" },
    post: { summary: "Add a user", auth: "admin", body: userCreateInput, status: 201 },
  },
  "/users/{id}": { delete: { summary: "Disable a user and end their sessions and tokens", auth: "admin" } },
};
