import { correctionInput, publishInput } from "@/lib/validation/cards";
import { reviewInput, transitionInput } from "@/lib/validation/reviews";
import type { ApiOperations } from "./types";
import * as records from "../responses/records";
import * as team from "../responses/team";
import * as cards from "../responses/cards";

export const reviewOperations: ApiOperations = {
  "/claims/{id}/reviews": {
    get: {
      summary:
        "Reviews of a claim. Blind: reviewers see others' reviews only after submitting their own (editors and admins see all); includes disagreements",
      auth: "staff",
      response: cards.reviewList,
    },
    post: {
      summary:
        "Submit or revise your own review (201 created, 200 revised). The first review moves an in-review claim to verdict_proposed",
      auth: "reviewer, editor, admin",
      body: reviewInput,
      status: 201,
      otherStatus: 200,
      response: cards.reviewWritten,
    },
  },
  "/claims/{id}/status": {
    post: {
      summary:
        "Move a claim through the workflow (draft -> in_review -> verdict_proposed; archive/restore). 422 for an illegal transition, 409 for a stale version",
      auth: "by transition: analysts submit, reviewers propose, editors send back and archive",
      body: transitionInput,
      response: records.claimStatusChanged,
    },
  },
  "/claims/{id}/publish": {
    post: {
      summary:
        "Publish card version 1. Refused with 422 and `fields.publish` listing every missing item at once (status, evidence, anchors, reviews, then each invalid field), each invalid field also under its own name",
      auth: "editor, admin",
      body: publishInput,
      status: 201,
      response: cards.writtenCard,
    },
  },
  "/claims/{id}/corrections": {
    post: {
      summary:
        "Correct a published card: a public note and version n+1; fields not given are kept from the current version",
      auth: "editor, admin",
      body: correctionInput,
      status: 201,
      response: cards.writtenCard,
    },
  },
  "/claims/{id}/audit": {
    get: {
      summary: "A claim's audit history with user names and field-by-field changes",
      auth: "staff",
      response: team.claimAudit,
    },
  },
  "/cards/{slug}": {
    get: {
      summary: "A published card (latest, or `version`), with its schema.org ClaimReview",
      auth: "public",
      query: ["version"],
      response: cards.publicCard,
    },
  },
  "/cards/feed": {
    get: {
      summary: "Every published card's ClaimReview as a JSON array, newest first",
      auth: "public",
      response: cards.claimReviewFeed,
    },
  },
};
