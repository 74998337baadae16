// Builds the immutable JSON snapshot a card version stores, from the claim as it is at publish time:
// the reads live here, the shaping of each part in lib/cards/snapshot.ts.
import "server-only";
import { cardEvidence, byStance, METHODOLOGY_PATH, sourceRef } from "@/lib/cards/snapshot";
import type { AttributionChain, CardContent } from "@/lib/cards/types";
import type { Tx } from "@/lib/db/client";
import { statementFor } from "@/lib/dispute/link";
import type { DisputeStatement } from "@/lib/dispute/types";
import { NotFoundError } from "@/lib/errors";
import type { AttributionVerdict, TruthVerdict } from "@/lib/verdicts";
import { parseHedges } from "./statement-shape";

/** Guards against a cycle in Statement.reportedBy, which the schema does not forbid. */
const MAX_CHAIN_LENGTH = 8;

const chainInclude = { speaker: true, via: true, source: true } as const;

async function attributionChain(tx: Tx, statementId: string): Promise<AttributionChain | null> {
  const first = await tx.statement.findUnique({ where: { id: statementId }, include: chainInclude });
  if (!first) return null;
  const via: string[] = [];
  const seen = new Set([first.id]);
  let current = first;
  // The speaker's words travel outwards: a via actor (or free-text "told X"), then each statement
  // this one is relayed through; the outermost statement's source is where we read it.
  for (let i = 0; i < MAX_CHAIN_LENGTH; i++) {
    const hop = current.via?.name ?? current.viaText ?? null;
    if (hop && !via.includes(hop)) via.push(hop);
    if (!current.reportedById || seen.has(current.reportedById)) break;
    const next = await tx.statement.findUnique({ where: { id: current.reportedById }, include: chainInclude });
    if (!next) break;
    seen.add(next.id);
    if (!via.includes(next.speaker.name)) via.push(next.speaker.name);
    current = next;
  }
  return {
    speaker: first.speaker.name,
    anonymous: first.anonymous,
    cue: first.cue,
    kind: first.kind,
    quote: first.exact,
    hedges: parseHedges(first.hedges),
    via,
    source: sourceRef(current.source),
  };
}

/** The statements of the evidence's sources, in the shape lib/dispute links evidence to. */
async function statementsOf(tx: Tx, sourceIds: string[]): Promise<DisputeStatement[]> {
  if (!sourceIds.length) return [];
  const rows = await tx.statement.findMany({
    where: { sourceId: { in: sourceIds } },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    include: {
      speaker: { select: { id: true, name: true, kind: true } },
      via: { select: { id: true, name: true, kind: true } },
    },
  });
  return rows.map((s) => ({ ...s, hedges: parseHedges(s.hedges) }));
}

type Verdicts = { truthVerdict: TruthVerdict; attributionVerdict: AttributionVerdict; rationale: string };

export async function buildCardContent(tx: Tx, claimId: string, verdicts: Verdicts): Promise<CardContent> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: {
      claimant: true,
      evidence: { include: { source: true }, orderBy: { createdAt: "asc" } },
      appearances: { include: { source: true }, orderBy: { createdAt: "asc" } },
      // Stale reviews judged earlier words of the claim: the card counts only current ones.
      _count: { select: { reviews: { where: { staleAt: null } } } },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  const evidence = byStance(claim.evidence);
  const statements = await statementsOf(tx, [...new Set(evidence.map((e) => e.sourceId))]);
  // Each evidence item with the statement whose words it quotes (linked, or found by span as the dispute view does).
  const linked = evidence.map((e) => ({ evidence: e, statement: statementFor(e, statements) }));
  const statementIds = [
    ...new Set(
      [...claim.appearances.map((a) => a.statementId), ...linked.map((l) => l.statement?.id)].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const chains = (await Promise.all(statementIds.map((id) => attributionChain(tx, id)))).filter(
    (c): c is AttributionChain => !!c,
  );
  // Undated appearances sort last: an unknown date cannot be the first appearance.
  const appearances = claim.appearances
    .map((a) => sourceRef(a.source))
    .sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"));
  return {
    claim: {
      text: claim.text,
      kind: claim.kind,
      claimant: claim.claimant?.name ?? null,
      claimantKind: claim.claimant?.kind ?? null,
    },
    ...verdicts,
    evidence: linked.map(({ evidence, statement }) => cardEvidence(evidence, statement)),
    reviewCount: claim._count.reviews,
    appearances,
    attributions: chains,
    methodologyPath: METHODOLOGY_PATH,
  };
}
