// The shared text rule (cleanText in ./common): control characters, Unicode non-characters and lone
// surrogates are refused in every text input, so stored text always fits XML feeds and UTF-8.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { atomFeed } from "@/lib/cards/feed";
import { testCard } from "@/lib/testing/test-card";
import { actorCreateInput, aliasInput } from "./actors";
import { correctionInput, publishInput } from "./cards";
import { claimCreateInput, claimUpdateInput } from "./claims";
import { isCleanText } from "./common";
import { evidenceCreateInput } from "./evidence";
import { claimSearchQuery } from "./relations";
import { reviewInput } from "./reviews";
import { revisionCreateInput } from "./revisions";
import { searchQuery } from "./search";
import { sourceCreateInput } from "./sources";
import { statementCreateInput } from "./statements";
import { userCreateInput } from "./users";

const FORBIDDEN = ["\u0000", "\u0007", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\uFFFE", "\uFFFF", "\uFDD0"];
const LONE_SURROGATES = ["\uD800", "\uDFFF", "a\uDBFFb"];
// XML 1.0 `Char`: what an Atom document may contain at all.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const verdicts = { truthVerdict: "unproven", attributionVerdict: "unverifiable" };
/** One valid input per schema and the text fields in it that people type. */
const CASES: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  ["source", sourceCreateInput, { title: "T", text: "Body" }, ["title", "text", "publisher", "author"]],
  ["actor", actorCreateInput, { name: "Pia", kind: "person" }, ["name", "description"]],
  ["alias", aliasInput, { alias: "P" }, ["alias"]],
  ["claim", claimCreateInput, { text: "The ferry runs", kind: "factual" }, ["text", "summary", "claimantId"]],
  ["claim update", claimUpdateInput, { version: 1 }, ["text", "summary"]],
  ["evidence", evidenceCreateInput, { sourceId: "s", stance: "supports", quote: { exact: "q" } }, ["note", "sourceId"]],
  ["review", reviewInput, { ...verdicts, rationale: "R", confidence: "low" }, ["rationale"]],
  ["publish", publishInput, { ...verdicts, headline: "H", rationale: "R", version: 1 }, ["headline", "rationale"]],
  ["correction", correctionInput, { note: "N", version: 1 }, ["note", "headline", "rationale"]],
  ["revision", revisionCreateInput, { text: "Body" }, ["text", "note"]],
  [
    "statement",
    statementCreateInput,
    { sourceId: "s", quote: { exact: "q" }, speakerId: "a", kind: "direct" },
    ["cue", "viaText"],
  ],
  ["user", userCreateInput, { email: "a@b.test", role: "analyst", password: "long enough pw" }, ["name", "email"]],
  ["search filter", searchQuery, { q: "ferry" }, ["tag"]],
];

describe("clean text in every input", () => {
  for (const [name, schema, valid, fields] of CASES) {
    it(`${name}: refuses control characters, non-characters and lone surrogates`, () => {
      expect(schema.safeParse(valid).success, `${name} base input`).toBe(true);
      for (const field of fields)
        for (const bad of [...FORBIDDEN, ...LONE_SURROGATES]) {
          const result = schema.safeParse({ ...valid, [field]: `Velmora ${bad} ferry` });
          expect(result.success, `${name}.${field} with U+${bad.charCodeAt(0).toString(16)}`).toBe(false);
          expect(result.error!.issues.map((i) => i.message).join(" ")).toMatch(/control character|invalid/i);
        }
    });
  }

  it("refuses them inside quotes too, and lets multi-line texts keep tabs and line breaks", () => {
    const quoted = (exact: string) =>
      evidenceCreateInput.safeParse({ sourceId: "s", stance: "supports", quote: { exact } }).success;
    expect(quoted("first\r\n\tsecond")).toBe(true);
    expect(quoted("bell \u0007")).toBe(false);
    expect(quoted("half \uD83D")).toBe(false);
    expect(sourceCreateInput.safeParse({ title: "a\tb", text: "x" }).success).toBe(false);
    expect(sourceCreateInput.safeParse({ title: "T", text: "line\n\tindented\r\n" }).success).toBe(true);
    expect(isCleanText("Emoji 💥 and ünïcödé are fine")).toBe(true);
  });

  it("search text is never stored: forbidden characters become spaces instead of refusing the search", () => {
    for (const schema of [searchQuery, claimSearchQuery]) {
      const parsed = schema.parse({ q: "ferry\u0000dawn\uD800\uFFFE" }) as { q: string };
      expect(parsed.q.split(/\s+/).filter(Boolean)).toEqual(["ferry", "dawn"]);
    }
  });

  it("whatever a headline or correction note the schemas accept, the Atom feed is valid XML", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom(...FORBIDDEN, ""), (text, bad) => {
        const headline = `Ferry ${text}${bad}`;
        const note = `Fixed ${bad}${text}`;
        const published = publishInput.safeParse({ ...verdicts, headline, rationale: "R", version: 1 });
        const corrected = correctionInput.safeParse({ note, version: 2 });
        if (!published.success || !corrected.success) return;
        const xml = atomFeed(
          [testCard({ headline: published.data.headline, correctionNote: corrected.data.note })],
          "https://desk.example",
          "Claimdesk",
        );
        expect(NOT_XML_CHAR.test(xml), JSON.stringify(xml)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
