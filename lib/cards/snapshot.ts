// The pure parts of a card version's snapshot: how sources, evidence and their order appear on a
// card. The reads that feed them are in lib/services/card-snapshot.ts.
import { chainOf, weaknessesOf } from "@/lib/dispute/build";
import type { DisputeEvidence, DisputeStatement } from "@/lib/dispute/types";
import type { CardEvidence, CardSourceRef } from "./types";

export const METHODOLOGY_PATH = "/methodology";
const STANCE_ORDER = ["supports", "contradicts", "context"];

type SourceRow = { title: string; publisher: string | null; url: string | null; publishedAt: Date | null };
export const sourceRef = (s: SourceRow): CardSourceRef => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  publishedAt: s.publishedAt?.toISOString() ?? null,
});

/** Supporting evidence first, then contradicting, then context. */
export const byStance = <T extends { stance: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance));

type EvidenceRow = Omit<DisputeEvidence, "source"> & {
  publicNote: string | null;
  source: SourceRow & { id?: string };
};

/** One evidence item as the card shows it, with the attribution chain of the statement it quotes. */
export function cardEvidence(e: EvidenceRow, statement: DisputeStatement | null): CardEvidence {
  const { title, ...source } = sourceRef(e.source);
  const disputeEvidence = { ...e, source: { ...e.source, id: e.sourceId } };
  return {
    stance: e.stance,
    quote: e.exact,
    publicNote: e.publicNote,
    sourceTitle: title,
    ...source,
    chain: chainOf(disputeEvidence, statement).map(({ role, label }) => ({
      role,
      label,
      ...(role === "speaker" && statement ? { kind: statement.anonymous ? "anonymous" : statement.speaker.kind } : {}),
    })),
    weaknesses: weaknessesOf(disputeEvidence, statement).map((w) => w.label),
  };
}
