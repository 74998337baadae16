import { actorCreateInput } from "@/lib/validation/actors";
import { claimCreateInput, claimUpdateInput } from "@/lib/validation/claims";
import { evidenceCreateInput } from "@/lib/validation/evidence";
import { sourceCreateInput } from "@/lib/validation/sources";
import { userCreateInput } from "@/lib/validation/users";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";
import * as team from "../responses/team";
import * as cards from "../responses/cards";
import { cursorPage } from "../responses/common";
import { z } from "zod";

export const foundationOperations: ApiOperations = {
  "/sources": {
    get: {
      summary: "List sources, newest first",
      auth: "staff",
      query: ["limit", "cursor"],
      response: records.sourceList,
    },
    post: {
      summary: "Import a source (text snapshot becomes revision 1)",
      auth: "analyst, editor, admin",
      body: sourceCreateInput,
      status: 201,
      response: records.sourceCreated,
    },
  },
  "/sources/{id}": {
    get: { summary: "A source with its current revision's text", auth: "staff", response: records.sourceDetail },
  },
  "/claims": {
    get: {
      summary: "List claims, recently changed first",
      auth: "staff",
      query: ["limit", "cursor", "status"],
      response: cursorPage(records.claimListItem),
    },
    post: {
      summary: "Create a claim (status draft)",
      auth: "analyst, editor, admin",
      body: claimCreateInput,
      status: 201,
      response: records.claimRecord,
    },
  },
  "/claims/{id}": {
    get: {
      summary: "A claim with claimant, subjects, tags and appearances",
      auth: "staff",
      response: records.claimWithCounts,
    },
    patch: {
      summary: "Update a claim; `version` must be the version you read, else 409",
      auth: "analyst, editor, admin",
      body: claimUpdateInput,
      response: records.claimDetail,
    },
  },
  "/claims/{id}/evidence": {
    get: { summary: "Evidence for a claim", auth: "staff", response: z.array(records.evidenceWithSource) },
    post: {
      summary: "Attach an exact quote of a source as evidence; ambiguous or absent quotes get 422",
      auth: "analyst, editor, admin",
      body: evidenceCreateInput,
      status: 201,
      response: records.evidenceRecord,
    },
  },
  "/actors": {
    get: {
      summary: "List actors; `q` matches names and aliases",
      auth: "staff",
      query: ["limit", "cursor", "q"],
      response: cursorPage(records.actorListItem),
    },
    post: {
      summary: "Create an actor with aliases",
      auth: "analyst, editor, admin",
      body: actorCreateInput,
      status: 201,
      response: records.actorWithAliases,
    },
  },
  "/cards": { get: { summary: "Published claim cards (slug, url, title)", auth: "public", response: cards.cardList } },
  "/me": {
    get: {
      summary: "The account this session or API token acts as: id, name, email and role",
      auth: "staff",
      response: team.account,
    },
  },
  "/users": {
    get: { summary: "List users", auth: "admin", response: team.userList },
    post: { summary: "Add a user", auth: "admin", body: userCreateInput, status: 201, response: team.userRecord },
  },
  "/users/{id}": {
    delete: { summary: "Disable a user and end their sessions and tokens", auth: "admin", response: team.userDisabled },
  },
};
