// The shape of a published claim card. `CardContent` is the JSON snapshot stored in
// CardVersion.content; fields marked optional were added after the first cards were written,
// so readers of old snapshots must tolerate their absence. Safe for client code.

export type CardSourceRef = { title: string; publisher: string | null; url: string | null; publishedAt: string | null };

export type CardEvidence = {
  stance: string;
  quote: string;
  sourceTitle: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** The note written for readers. The internal note is never part of a snapshot. */
  publicNote?: string | null;
  /** speaker -> via intermediary -> source -> publisher, as the dispute view shows it; absent in early snapshots. */
  chain?: CardChainLink[];
  /** What weakens the chain, in words: "anonymous", "via intermediary", "hedged: reportedly". */
  weaknesses?: string[];
};

/** `kind` is the actor kind of a speaker or via link (person, outlet, ...). */
export type CardChainLink = { role: "speaker" | "via" | "source" | "publisher"; label: string; kind?: string };

/** Who said it, through whom, where we read it: speaker -> via -> ... -> source. */
export type AttributionChain = {
  speaker: string;
  anonymous: boolean;
  cue: string | null;
  kind: string;
  quote: string;
  /** Hedge phrases of the statement ("reportedly"); absent in early snapshots. */
  hedges?: string[];
  /** Intermediaries nearest the speaker first, e.g. ["The Harbor Courier"]. */
  via: string[];
  source: CardSourceRef;
};

export type CardContent = {
  /** claimantKind is an Actor kind (person, organization, anonymous, ...); absent in early snapshots. */
  claim: { text: string; kind: string; claimant: string | null; claimantKind?: string | null };
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  evidence: CardEvidence[];
  reviewCount: number;
  /** Where the claim appeared, earliest first; the first is its first appearance. */
  appearances?: CardSourceRef[];
  attributions?: AttributionChain[];
  methodologyPath?: string;
};

/** One published version as readers get it: plain JSON (dates as ISO strings) so it can be cached. */
export type PublishedCard = {
  slug: string;
  claimId: string;
  number: number;
  latestNumber: number;
  headline: string;
  truthVerdict: string;
  attributionVerdict: string;
  rationale: string;
  correctionNote: string | null;
  publishedAt: string;
  /** When the claim was first published (version 1). */
  firstPublishedAt: string;
  content: Required<Pick<CardContent, "appearances" | "attributions">> & CardContent;
  history: { number: number; publishedAt: string; correctionNote: string | null; headline: string }[];
  organizationName: string;
};

export type CardSummary = {
  slug: string;
  title: string;
  version: number;
  truthVerdict: string;
  attributionVerdict: string;
  publishedAt: string;
};
