import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { REVIEW, team } from "@/lib/testing/card-fixtures";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createActor } from "./actors";
import { createClaim } from "./claims";
import { addEvidence } from "./evidence";
import { exportDataset } from "./exports";
import { submitReview } from "./reviews";
import { createSource } from "./sources";
import { createStatement } from "./statements";
import { transitionClaim } from "./workflow";

useTestDatabase();
const BASE = "https://desk.example";

// Quotes, commas, line breaks, a formula-looking start and characters outside the BMP: the hard cases.
const TRICKY_CLAIM = 'Harbour chief said "no delays, none",\nthen left — 🚢 ferry';
const TEXT = `[FICTIONAL] 🚢 Velmora harbour notes.

"We expect no delays, none at all," said Ilse Marrow, relayed by the harbour office.

=SUM(A1) was written on the board, line one
and line two.`;

async function desk() {
  const people = await team();
  const source = await createSource(people.analyst, {
    title: 'Harbour notes, "winter"',
    url: "https://post.example/harbour",
    text: TEXT,
    // Every test builds the same desk in this file's database.
    allowDuplicate: true,
  });
  const claim = await createClaim(people.analyst, {
    text: TRICKY_CLAIM,
    kind: "quote_attribution",
    allowDuplicate: true,
  });
  const marrow = await createActor(people.analyst, { name: "Ilse Marrow", kind: "person" });
  const office = await createActor(people.analyst, { name: "Harbour office", kind: "organization" });
  const direct = await createStatement(people.analyst, {
    sourceId: source.id,
    quote: { exact: "We expect no delays, none at all," },
    speakerId: marrow.id,
    viaId: office.id,
    kind: "direct",
    cue: "said",
  });
  const evidence = await addEvidence(people.analyst, claim.id, {
    sourceId: source.id,
    quote: { exact: "We expect no delays, none at all," },
    stance: "supports",
    note: 'Said twice, once "off the record",\nper notes.',
  });
  const board = await addEvidence(people.analyst, claim.id, {
    sourceId: source.id,
    quote: { exact: "=SUM(A1) was written on the board, line one\nand line two." },
    stance: "context",
  });
  return { ...people, source, claim, evidence, board, direct };
}

const csvRows = (body: string) => parse(body, { columns: true, bom: true }) as Record<string, string>[];

describe("exports", () => {
  it("writes RFC 4180 CSV that a CSV parser reads back with quotes, commas and line breaks intact", async () => {
    const { analyst, claim, source, direct } = await desk();
    const file = await exportDataset(analyst, { dataset: "evidence", claimId: claim.id }, BASE);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toMatch(/^claimdesk-evidence-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.body.startsWith("\uFEFFid,claimId,claim,stance,exact,")).toBe(true);
    expect(file.body).toContain("\r\n");
    const rows = csvRows(file.body);
    expect(rows).toHaveLength(2);
    const quote = rows.find((r) => r.stance === "supports")!;
    expect(quote).toMatchObject({
      claim: TRICKY_CLAIM,
      exact: "We expect no delays, none at all,",
      note: 'Said twice, once "off the record",\nper notes.',
      source: 'Harbour notes, "winter"',
      sourceUrl: "https://post.example/harbour",
      chain: "Ilse Marrow via Harbour office",
      statementId: direct.id,
      revision: "1",
      page: "",
    });
    expect(TEXT.slice(Number(quote.start), Number(quote.end))).toBe(quote.exact);
    // A cell that a spreadsheet would run as a formula is kept as text.
    const board = rows.find((r) => r.stance === "context")!;
    expect(board.exact).toBe("'=SUM(A1) was written on the board, line one\nand line two.");
    expect(board.sourceId).toBe(source.id);
  });

  it("exports claims as CSV and JSON from the claims list's status filter", async () => {
    const { analyst, claim } = await desk();
    const other = await createClaim(analyst, { text: "A second fictional claim", kind: "factual" });
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    const inReview = csvRows((await exportDataset(analyst, { dataset: "claims", status: "in_review" }, BASE)).body);
    expect(inReview.map((r) => r.id)).toContain(claim.id);
    expect(inReview.map((r) => r.id)).not.toContain(other.id);
    expect(inReview.find((r) => r.id === claim.id)).toMatchObject({ text: TRICKY_CLAIM, status: "in_review" });
    const json = await exportDataset(analyst, { dataset: "claims", format: "json", claimId: other.id }, BASE);
    expect(json.contentType).toBe("application/json; charset=utf-8");
    expect(JSON.parse(json.body)).toEqual([
      expect.objectContaining({ id: other.id, text: "A second fictional claim", tags: [], status: "draft" }),
    ]);
  });

  it("exports statements with speaker, intermediary and chain", async () => {
    const { analyst, source, direct } = await desk();
    const rows = JSON.parse(
      (await exportDataset(analyst, { dataset: "statements", format: "json", sourceId: source.id }, BASE)).body,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: direct.id,
        speaker: "Ilse Marrow",
        via: "Harbour office",
        kind: "direct",
        cue: "said",
        chain: "Ilse Marrow via Harbour office",
        hedges: [],
      }),
    ]);
  });

  it("exports evidence as W3C Web Annotations with quote and position selectors in code points", async () => {
    const { analyst, claim, evidence } = await desk();
    const file = await exportDataset(analyst, { dataset: "evidence", format: "jsonld", claimId: claim.id }, BASE);
    expect(file.contentType).toMatch(/^application\/ld\+json/);
    const collection = JSON.parse(file.body);
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 2,
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    const items = collection.first.items as Annotation[];
    for (const a of items) assertAnnotationShape(a);
    const annotation = items.find((a) => a.id.endsWith(evidence.id));
    if (!annotation) throw new Error("The export has no annotation for the evidence.");
    expect(annotation.id).toBe(`${BASE}/api/v1/claims/${claim.id}/evidence/${evidence.id}`);
    expect(annotation.target.source).toBe("https://post.example/harbour");
    const [quote, position] = annotation.target.selector as [QuoteSelectorJson, PositionSelectorJson];
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "We expect no delays, none at all,",
      prefix: expect.any(String),
      suffix: expect.any(String),
    });
    // The 🚢 before the quote is one code point but two UTF-16 units.
    const codePoints = Array.from(TEXT);
    expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
    expect(position.start).toBe(TEXT.indexOf(quote.exact) - 1);
    expect(annotation.body).toContainEqual({
      type: "TextualBody",
      purpose: "classifying",
      value: "Supports the claim",
    });
  });

  it("lets only editors and admins export reviews, and refuses bad queries with clear messages", async () => {
    const { analyst, reviewer, editor, claim } = await desk();
    await transitionClaim(analyst, claim.id, { to: "in_review", version: 1 });
    await submitReview(reviewer, claim.id, { ...REVIEW, rationale: 'Only "the office", says so,\nstill.' });
    for (const who of [analyst, reviewer])
      await expect(exportDataset(who, { dataset: "reviews" }, BASE)).rejects.toBeInstanceOf(ForbiddenError);
    const rows = csvRows((await exportDataset(editor, { dataset: "reviews", claimId: claim.id }, BASE)).body);
    expect(rows).toEqual([
      expect.objectContaining({
        claimId: claim.id,
        truthVerdict: "unproven",
        rationale: 'Only "the office", says so,\nstill.',
      }),
    ]);
    await expect(exportDataset(null, { dataset: "claims" }, BASE)).rejects.toThrow("Sign in");
    const bad = await exportDataset(analyst, { dataset: "claims", format: "jsonld" }, BASE).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.fields.format).toEqual(["JSON-LD (W3C Web Annotation) is available for evidence only."]);
    const unknown = await exportDataset(analyst, { dataset: "users" }, BASE).catch((e) => e);
    expect(unknown.fields.dataset[0]).toMatch(/^Export one of: claims, evidence/);
  });
});

type QuoteSelectorJson = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
type PositionSelectorJson = { type: "TextPositionSelector"; start: number; end: number };
/** An annotation as parsed from the export; assertAnnotationShape checks it really has this shape. */
type Annotation = {
  type: string;
  id: string;
  target: { source: string; selector: Array<QuoteSelectorJson | PositionSelectorJson> };
  body: Array<{ type: string; value: string }>;
};

/** The W3C Web Annotation shape other tools rely on (annotation-model §3.1, §4.2.4, §4.2.5). */
function assertAnnotationShape(a: Annotation) {
  expect(a.type).toBe("Annotation");
  expect(typeof a.id).toBe("string");
  expect(() => new URL(a.id)).not.toThrow();
  expect(typeof a.target.source).toBe("string");
  expect(Array.isArray(a.target.selector)).toBe(true);
  const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector") as QuoteSelectorJson;
  const position = a.target.selector.find((s) => s.type === "TextPositionSelector") as PositionSelectorJson;
  expect(Object.keys(quote).sort()).toEqual(["exact", "prefix", "suffix", "type"]);
  for (const k of ["exact", "prefix", "suffix"] as const) expect(typeof quote[k]).toBe("string");
  expect(quote.exact.length).toBeGreaterThan(0);
  expect(Object.keys(position).sort()).toEqual(["end", "start", "type"]);
  expect(Number.isInteger(position.start) && position.start >= 0).toBe(true);
  expect(Number.isInteger(position.end) && position.end > position.start).toBe(true);
  for (const body of a.body) expect(body).toMatchObject({ type: "TextualBody", value: expect.any(String) });
}
