// What the reader highlights and what each highlight's tooltip says, built from the reader's data.
import { STANCE_LABELS, type Stance } from "@/lib/validation/evidence";
import type { Highlight } from "./segments";

export type HighlightInfo = {
  id: string;
  kind: Highlight["kind"];
  tone: string;
  title: string;
  lines: string[];
  badges: string[];
};

type EvidenceRow = {
  id: string;
  start: number;
  end: number;
  stance: string;
  note: string | null;
  anchorStatus: string;
  claim: { id: string; text: string };
};
type StatementRow = {
  id: string;
  start: number;
  end: number;
  cue: string | null;
  kind: string;
  anonymous: boolean;
  hedges: string[];
  viaText: string | null;
  anchorStatus: string;
  speaker: { name: string };
  via: { name: string } | null;
};
type SuggestionRow = {
  id: string;
  start: number;
  end: number;
  speakerName: string | null;
  viaName: string | null;
  cue: string | null;
  kind: string;
  anonymous: boolean;
  hedges: string[];
};

const stanceLabel = (s: string) => STANCE_LABELS[s as Stance] ?? s;

/** "told the Harbor Courier (reported speech)": the cue, how it was relayed, direct or reported. */
export function attributionLine(s: {
  cue: string | null;
  kind: string;
  via: { name: string } | null;
  viaText: string | null;
}): string {
  const relay = s.viaText ?? (s.via ? `via ${s.via.name}` : "");
  const cue = s.cue ?? "said";
  // viaText usually starts with the cue already ("told Politico").
  const words = relay.toLowerCase().startsWith(cue.toLowerCase()) ? [relay] : [cue, relay];
  return [...words, s.kind === "direct" ? "(direct quote)" : "(reported speech)"].filter(Boolean).join(" ");
}

export function statementBadges(s: {
  anonymous: boolean;
  hedges: string[];
  via: unknown;
  viaText: string | null;
}): string[] {
  return [
    ...(s.anonymous ? ["anonymous"] : []),
    ...(s.via || s.viaText ? ["via intermediary"] : []),
    ...s.hedges.map((h) => `hedged: ${h}`),
  ];
}

type Placed = { id: string; start: number; end: number };

/**
 * Where each highlight sits and how it is coloured: all the text needs to paint. The details (what a
 * tooltip says) are fetched when a highlight is opened (readerHighlightInfo), not sent with the page.
 */
export function highlightSpans(data: {
  evidence: Array<Placed & { stance: string }>;
  statements: Placed[];
  suggestions: Placed[];
}): Highlight[] {
  return [
    ...data.evidence.map((e) => ({ id: e.id, start: e.start, end: e.end, kind: "evidence" as const, tone: e.stance })),
    ...data.statements.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      kind: "statement" as const,
      tone: "statement",
    })),
    ...data.suggestions.map((g) => ({
      id: g.id,
      start: g.start,
      end: g.end,
      kind: "suggestion" as const,
      tone: "suggestion",
    })),
  ];
}

/** What each highlight's tooltip says, by id. */
export function readerHighlightInfo(data: {
  evidence: EvidenceRow[];
  statements: StatementRow[];
  suggestions: SuggestionRow[];
}): Record<string, HighlightInfo> {
  const info: Record<string, HighlightInfo> = {};
  for (const e of data.evidence) {
    info[e.id] = {
      id: e.id,
      kind: "evidence",
      tone: e.stance,
      title: `Evidence · ${stanceLabel(e.stance)}`,
      lines: [`Claim: ${e.claim.text}`, ...(e.note ? [`Note: ${e.note}`] : [])],
      badges: e.anchorStatus === "reanchored" ? ["re-anchored after a revision"] : [],
    };
  }
  for (const s of data.statements) {
    info[s.id] = {
      id: s.id,
      kind: "statement",
      tone: "statement",
      title: `Statement · ${s.speaker.name}`,
      lines: [attributionLine(s)],
      badges: [...statementBadges(s), ...(s.anchorStatus === "reanchored" ? ["re-anchored after a revision"] : [])],
    };
  }
  for (const g of data.suggestions) {
    info[g.id] = {
      id: g.id,
      kind: "suggestion",
      tone: "suggestion",
      title: `Suggestion · ${g.speakerName ?? "speaker not found"}`,
      lines: [
        attributionLine({ cue: g.cue, kind: g.kind, via: g.viaName ? { name: g.viaName } : null, viaText: null }),
        "Proposed by the extractor; not counted until accepted.",
      ],
      badges: statementBadges({ anonymous: g.anonymous, hedges: g.hedges, via: g.viaName, viaText: null }),
    };
  }
  return info;
}

/** A long quote shortened for lists, cut at a word boundary. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}
