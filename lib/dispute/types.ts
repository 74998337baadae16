// Plain shapes the dispute logic works on; the services map database rows onto them.

export type ActorRef = { id: string; name: string; kind: string };

export type SourceRef = {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  url: string | null;
};

/** A span of one source revision; positions compare only within the same revision. */
export type SpanRef = { id: string; sourceId: string; revisionId: string; start: number; end: number };

export type DisputeStatement = SpanRef & {
  exact: string;
  speaker: ActorRef;
  via: ActorRef | null;
  viaText: string | null;
  cue: string | null;
  kind: string;
  anonymous: boolean;
  hedges: string[];
  anchorStatus: string;
};

export type DisputeEvidence = SpanRef & {
  claimId?: string;
  stance: string;
  exact: string;
  note: string | null;
  anchorStatus: string;
  statementId: string | null;
  source: SourceRef;
};

/** Why a link in the chain is weaker than a named, first-hand, unhedged statement. */
export type Weakness = {
  kind: "anonymous" | "via" | "hedged" | "indirect" | "unattributed" | "needs_review";
  label: string;
};

/** speaker -> intermediary -> source article -> publisher, in the order the words travelled. */
export type ChainLink =
  | { role: "speaker"; label: string; actorId: string }
  | { role: "via"; label: string; actorId: string | null }
  | { role: "source"; label: string; sourceId: string }
  | { role: "publisher"; label: string };

export type DisputeItem = {
  evidence: DisputeEvidence;
  statement: DisputeStatement | null;
  chain: ChainLink[];
  weaknesses: Weakness[];
};

/** Everything one speaker (or, for unattributed words, one source) contributes to a side. */
export type DisputeGroup = {
  key: string;
  label: string;
  actor: ActorRef | null;
  source: SourceRef | null;
  items: DisputeItem[];
  /** Distinct weaknesses over the group's items, for the group's header. */
  weaknesses: Weakness[];
};

export type DisputeSide = { stance: "supports" | "contradicts"; count: number; groups: DisputeGroup[] };

export type Dispute = {
  asserts: DisputeSide;
  denies: DisputeSide;
  context: DisputeItem[];
  counts: { supports: number; contradicts: number; context: number };
};
