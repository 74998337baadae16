// Response shapes of the desk's records: sources, actors, claims, evidence, statements and suggestions.
import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/validation/actors";
import { CLAIM_KINDS, CLAIM_STATUSES } from "@/lib/validation/claims";
import { CLAIM_MATCH_STATUSES } from "@/lib/validation/claim-matches";
import { STANCES } from "@/lib/validation/evidence";
import { RELATION_KINDS } from "@/lib/validation/relations";
import { SOURCE_KINDS } from "@/lib/validation/sources";
import { STATEMENT_KINDS, SUGGESTION_STATUSES } from "@/lib/validation/statements";
import { count, cursorPage, dateTime, id, itemList, maybe, namedRef, text } from "./common";

const actorKind = z.enum(ACTOR_KINDS);
const claimStatus = z.enum(CLAIM_STATUSES);
const stance = z.enum(STANCES);
const anchorStatus = text.describe("anchored | reanchored | needs_review");

export const sourceRef = z.object({
  id,
  title: text,
  publisher: maybe(text),
  publishedAt: maybe(dateTime),
  url: maybe(text),
});

export const sourceMetadata = z.object({
  id,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  publisher: maybe(text),
  author: maybe(text),
  url: maybe(text),
  publishedAt: maybe(dateTime),
  createdAt: dateTime,
  createdById: maybe(id),
  version: count,
});

export const revisionSummary = z.object({
  id,
  number: count,
  contentHash: text,
  note: maybe(text),
  createdAt: dateTime,
  createdById: maybe(id),
});

export const sourceDetail = sourceMetadata.extend({
  revision: revisionSummary.extend({
    sourceId: id,
    text,
    fetchedAt: maybe(dateTime),
    fetchedFrom: maybe(text),
    pageStarts: maybe(z.unknown()).describe("character offsets where each PDF page starts, for PDF sources"),
    snapshotHash: maybe(text),
    snapshotType: maybe(text),
  }),
});

export const sourceCreated = z.object({
  id,
  title: text,
  revision: z.object({ id, number: count, contentHash: text, length: count }),
});

export const revisionCreated = z.object({
  id,
  sourceId: id,
  number: count,
  contentHash: text,
  length: count,
  reanchor: z.object({ anchored: count, reanchored: count, needsReview: count }),
  suggestions: count,
});

export const urlImportResult = z.object({
  outcome: z.enum(["created", "revised", "unchanged"]),
  sourceId: id,
  title: text,
  publisher: maybe(text),
  author: maybe(text),
  publishedAt: maybe(dateTime),
  url: text,
  revision: z.object({ id, number: count, contentHash: text, snapshotHash: maybe(text) }),
});

export const actorRecord = z.object({
  id,
  name: text,
  kind: actorKind,
  description: maybe(text),
  createdAt: dateTime,
  version: count,
});
export const actorAlias = z.object({ id, actorId: id, alias: text });
export const actorWithAliases = actorRecord.extend({ aliases: z.array(actorAlias) });
export const actorListItem = actorRecord.extend({
  aliases: z.array(z.object({ alias: text })),
  _count: z.object({ statements: count, subjectOf: count }),
});

const statementSummary = z.object({
  id,
  exact: text,
  cue: maybe(text),
  kind: z.enum(STATEMENT_KINDS),
  anonymous: z.boolean(),
  viaText: maybe(text),
  anchorStatus,
  sourceId: id,
  source: z.object({ id, title: text, publisher: maybe(text), publishedAt: maybe(dateTime) }),
  speaker: namedRef,
  via: maybe(namedRef),
});
const claimSummary = z.object({ id, text, status: claimStatus, kind: z.enum(CLAIM_KINDS) });
export const actorProfile = actorWithAliases.extend({
  statements: z.array(statementSummary),
  relayedStatements: z.array(statementSummary),
  claimsAsserted: z.array(claimSummary),
  claimsAbout: z.array(claimSummary),
});
export const actorMerged = z.object({
  survivorId: id,
  mergedId: id,
  statementsAsSpeaker: count,
  statementsAsVia: count,
  claimsAsClaimant: count,
  claimsAsSubject: count,
  aliasesAdded: z.array(text),
});

export const claimRecord = z.object({
  id,
  slug: text,
  text,
  kind: z.enum(CLAIM_KINDS),
  status: claimStatus,
  claimantId: maybe(id),
  summary: maybe(text),
  version: count,
  createdAt: dateTime,
  updatedAt: dateTime,
  createdById: maybe(id),
  updatedById: maybe(id),
});
export const claimListItem = claimRecord.extend({
  claimant: maybe(namedRef),
  _count: z.object({ evidence: count, reviews: count }),
});
export const appearance = z.object({
  id,
  claimId: id,
  sourceId: id,
  statementId: maybe(id),
  createdAt: dateTime,
});
export const claimDetail = claimRecord.extend({
  claimant: maybe(actorRecord),
  subjects: z.array(z.object({ claimId: id, actorId: id, actor: actorRecord })),
  tags: z.array(z.object({ claimId: id, tagId: id, tag: z.object({ id, name: text }) })),
  appearances: z.array(appearance.extend({ source: sourceRef })),
});
export const claimWithCounts = claimDetail.extend({ _count: z.object({ evidence: count, reviews: count }) });
export const claimStatusChanged = z.object({
  id,
  slug: text,
  status: claimStatus,
  version: count,
  previousStatus: claimStatus,
});
export const similarClaims = z.object({
  items: z.array(
    z.object({
      id,
      slug: text,
      text,
      status: claimStatus,
      score: z.number(),
      opposite: z.boolean(),
      warn: z.boolean(),
    }),
  ),
  warning: z.boolean(),
  threshold: z.number(),
});

export const relationRecord = z.object({ id, fromClaimId: id, toClaimId: id, kind: z.enum(RELATION_KINDS) });
export const relationList = itemList(
  z.object({
    id,
    kind: z.enum(RELATION_KINDS),
    direction: z.enum(["out", "in"]).describe("out: this claim relates to the other; in: the other relates to it"),
    claim: z.object({ id, text, status: claimStatus }),
  }),
);

export const evidenceRecord = z.object({
  id,
  claimId: id,
  sourceId: id,
  revisionId: id,
  statementId: maybe(id),
  stance,
  note: maybe(text).describe("internal: staff only, never published"),
  publicNote: maybe(text).describe("shown on the published card"),
  exact: text,
  prefix: text,
  suffix: text,
  start: count,
  end: count,
  anchorStatus,
  createdAt: dateTime,
  createdById: maybe(id),
  version: count,
});
export const evidenceWithSource = evidenceRecord.extend({ source: sourceRef });
export const evidenceRemoved = z.object({ id, claimId: id, sourceId: id, removed: z.literal(true) });

const actorBrief = z.object({ id, name: text, kind: actorKind });
export const statementRecord = z.object({
  id,
  sourceId: id,
  revisionId: id,
  speakerId: id,
  viaId: maybe(id),
  viaText: maybe(text),
  cue: maybe(text),
  kind: z.enum(STATEMENT_KINDS),
  anonymous: z.boolean(),
  hedges: z.array(text),
  reportedById: maybe(id),
  exact: text,
  prefix: text,
  suffix: text,
  start: count,
  end: count,
  anchorStatus,
  createdAt: dateTime,
  createdById: maybe(id),
  version: count,
  speaker: actorBrief,
  via: maybe(actorBrief),
});

export const suggestionRecord = z.object({
  id,
  sourceId: id,
  revisionId: id,
  text,
  start: count,
  end: count,
  speakerName: maybe(text),
  viaName: maybe(text),
  cue: maybe(text),
  kind: z.enum(STATEMENT_KINDS),
  anonymous: z.boolean(),
  hedges: z.array(text),
  confidence: z.number(),
  status: z.enum(SUGGESTION_STATUSES),
  statementId: maybe(id),
  createdAt: dateTime,
  speakerKind: maybe(actorKind),
  viaKind: maybe(actorKind),
});
export const suggestionDismissed = z.object({ id, status: z.literal("dismissed") });

export const claimMatchRecord = z.object({
  id,
  sourceId: id,
  revisionId: id,
  claimId: id,
  text,
  start: count,
  end: count,
  score: z.number(),
  rank: count,
  stance,
  status: z.enum(CLAIM_MATCH_STATUSES),
  evidenceId: maybe(id),
  appearanceId: maybe(id),
  createdAt: dateTime,
  claim: z.object({ id, slug: text, text, status: claimStatus }),
});
export const claimMatchAccepted = z.object({
  id,
  status: z.literal("accepted"),
  as: z.enum(["evidence", "appearance"]),
  stance,
  claimId: id,
  sourceId: id,
  evidenceId: maybe(id),
  appearanceId: maybe(id),
});
export const claimMatchDismissed = z.object({ id, status: z.literal("dismissed"), sourceId: id, claimId: id });

const { createdById: _c, version: _v, ...sourceListFields } = sourceMetadata.shape;
export const sourceList = cursorPage(
  z.object({ ...sourceListFields, _count: z.object({ evidence: count, statements: count }) }),
);

const { claim: _claim, ...claimMatchFields } = claimMatchRecord.shape;
export const possibleEvidence = itemList(
  z.object({ ...claimMatchFields, source: z.object({ id, title: text, publisher: maybe(text) }) }),
);

export const claimAppearances = itemList(
  appearance.extend({
    source: sourceRef.extend({ createdAt: dateTime }),
    statement: maybe(z.object({ id, exact: text, speaker: namedRef })),
    date: dateTime,
    estimated: z.boolean().describe("true when the source has no publication date and its import date is used"),
    first: z.boolean(),
  }),
);

export const claimReviewImport = itemList(
  z.object({
    outcome: z.enum(["created", "unchanged"]),
    claimId: id,
    text,
    organization: text,
    rating: maybe(text),
    appearances: z.array(z.object({ url: text, sourceId: maybe(id), error: text.optional() })),
  }),
);
