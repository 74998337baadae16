import { describe, expect, it } from "vitest";
import { byFirstAppearance } from "./appearances";
import { buildDispute } from "./build";
import { statementFor } from "./link";
import type { DisputeEvidence, DisputeStatement, SourceRef } from "./types";

const ledger: SourceRef = {
  id: "ledger",
  title: "Rockets strike base",
  publisher: "The Meridian Ledger",
  publishedAt: new Date("2026-10-02"),
  url: null,
};
const statementSrc: SourceRef = {
  id: "mfa",
  title: "Statement of the Ministry",
  publisher: null,
  publishedAt: new Date("2026-10-03"),
  url: null,
};
const actor = (id: string, kind = "person") => ({ id, name: id.toUpperCase(), kind });

const statement = (
  over: Partial<DisputeStatement> & Pick<DisputeStatement, "id" | "start" | "end">,
): DisputeStatement => ({
  sourceId: "ledger",
  revisionId: "r1",
  exact: "…",
  speaker: actor("quill"),
  via: null,
  viaText: null,
  cue: "said",
  kind: "direct",
  anonymous: false,
  hedges: [],
  anchorStatus: "anchored",
  ...over,
});
const evidence = (
  over: Partial<DisputeEvidence> & Pick<DisputeEvidence, "id" | "start" | "end" | "stance">,
): DisputeEvidence => ({
  sourceId: "ledger",
  revisionId: "r1",
  exact: "…",
  note: null,
  anchorStatus: "anchored",
  statementId: null,
  source: ledger,
  ...over,
});

describe("statementFor", () => {
  const s = statement({ id: "s", start: 100, end: 160 });
  it("links evidence inside a statement, or a statement inside the evidence (a quote plus its hedge)", () => {
    expect(statementFor(evidence({ id: "e", start: 100, end: 159, stance: "supports" }), [s])).toBe(s);
    expect(statementFor(evidence({ id: "e", start: 90, end: 200, stance: "supports" }), [s])).toBe(s);
  });
  it("does not link spans that only partly overlap, other revisions or other sources", () => {
    expect(statementFor(evidence({ id: "e", start: 150, end: 200, stance: "supports" }), [s])).toBeNull();
    expect(
      statementFor(evidence({ id: "e", start: 100, end: 159, stance: "supports", revisionId: "r2" }), [s]),
    ).toBeNull();
    expect(
      statementFor(evidence({ id: "e", start: 100, end: 159, stance: "supports", sourceId: "mfa" }), [s]),
    ).toBeNull();
  });
  it("prefers an explicit link, then the largest overlap", () => {
    const inner = statement({ id: "inner", start: 120, end: 130 });
    expect(statementFor(evidence({ id: "e", start: 110, end: 150, stance: "supports" }), [inner, s])).toBe(s);
    expect(
      statementFor(evidence({ id: "e", start: 0, end: 5, stance: "supports", statementId: "inner" }), [inner, s]),
    ).toBe(inner);
  });
});

describe("buildDispute", () => {
  // Shaped like the demo dispute: an anonymous official via an outlet and an analyst assert; a
  // ministry statement and a spokesman deny; one passage is the article's own context.
  const official = statement({
    id: "official",
    start: 10,
    end: 90,
    speaker: actor("official", "anonymous"),
    anonymous: true,
    via: actor("courier", "outlet"),
    viaText: "told the Harbor Courier",
    cue: "told",
    kind: "indirect",
  });
  const quill = statement({ id: "quill", start: 300, end: 364 });
  const ministry = statement({
    id: "ministry",
    sourceId: "mfa",
    start: 0,
    end: 99,
    speaker: actor("ministry", "government"),
  });
  const brigade = statement({
    id: "brigade",
    start: 200,
    end: 240,
    speaker: actor("kessel", "armed_group"),
    hedges: ["could not be independently verified"],
  });
  const dispute = buildDispute(
    [
      evidence({ id: "e1", start: 10, end: 90, stance: "supports" }),
      evidence({ id: "e2", start: 300, end: 363, stance: "supports" }),
      evidence({ id: "e3", start: 0, end: 99, stance: "contradicts", sourceId: "mfa", source: statementSrc }),
      evidence({ id: "e4", start: 200, end: 280, stance: "contradicts" }),
      evidence({ id: "e5", start: 500, end: 530, stance: "context" }),
      evidence({
        id: "e6",
        start: 600,
        end: 630,
        stance: "contradicts",
        anchorStatus: "needs_review",
        revisionId: "r0",
      }),
    ],
    [official, quill, ministry, brigade],
  );

  it("puts supporting evidence on the asserting side and contradicting on the denying side, by speaker", () => {
    expect(dispute.counts).toEqual({ supports: 2, contradicts: 3, context: 1 });
    expect(dispute.asserts.groups.map((g) => g.label)).toEqual(["OFFICIAL", "QUILL"]);
    expect(dispute.denies.groups.map((g) => g.label)).toEqual(["KESSEL", "MINISTRY", "The Meridian Ledger"]);
    expect(dispute.context.map((i) => i.evidence.id)).toEqual(["e5"]);
  });

  it("gives each item its chain of attribution: speaker, intermediary, source, publisher", () => {
    const item = dispute.asserts.groups[0].items[0];
    expect(item.chain.map((l) => `${l.role}:${l.label}`)).toEqual([
      "speaker:OFFICIAL",
      "via:COURIER",
      "source:Rockets strike base",
      "publisher:The Meridian Ledger",
    ]);
    expect(dispute.denies.groups[1].items[0].chain.map((l) => l.role)).toEqual(["speaker", "source"]);
  });

  it("names what weakens each link: anonymity, intermediaries, paraphrase, hedges, unattributed words, broken anchors", () => {
    expect(dispute.asserts.groups[0].weaknesses.map((w) => w.label)).toEqual([
      "anonymous",
      "via intermediary",
      "paraphrased",
    ]);
    expect(dispute.asserts.groups[1].weaknesses).toEqual([]);
    expect(dispute.denies.groups[0].weaknesses.map((w) => w.label)).toEqual([
      "hedged: could not be independently verified",
    ]);
    expect(dispute.denies.groups[2].weaknesses.map((w) => w.kind)).toEqual(["unattributed", "needs_review"]);
  });
});

describe("byFirstAppearance", () => {
  it("orders by publication date, falling back to the date the source was imported", () => {
    const a = { id: "a", source: { publishedAt: new Date("2026-10-03"), createdAt: new Date("2026-10-01") } };
    const b = { id: "b", source: { publishedAt: null, createdAt: new Date("2026-10-02") } };
    const c = { id: "c", source: { publishedAt: new Date("2026-09-30"), createdAt: new Date("2026-11-01") } };
    expect(byFirstAppearance([a, b, c]).map((x) => x.id)).toEqual(["c", "b", "a"]);
  });
});
