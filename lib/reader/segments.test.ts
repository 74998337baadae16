import { describe, expect, it } from "vitest";
import { paragraphSpans } from "@/lib/sources/text";
import { layoutParagraphs, piecesText, type Highlight, type Piece } from "./segments";

const TEXT = "First paragraph here.\n\n  \nSecond one 😀 has an emoji.\n\nThird.";
const paragraphs = paragraphSpans(TEXT);
const h = (id: string, exact: string, kind: Highlight["kind"] = "evidence", from = 0): Highlight => {
  const start = TEXT.indexOf(exact, from);
  return { id, start, end: start + exact.length, kind, tone: kind === "evidence" ? "supports" : kind };
};

/** A readable picture of the nesting: [id:text] with * on the fragment that carries the id. */
function show(pieces: Piece[]): string {
  return pieces
    .map((p) => (typeof p === "string" ? p : `[${p.highlight.id}${p.first ? "*" : ""}:${show(p.children)}]`))
    .join("");
}

describe("layoutParagraphs", () => {
  it("keeps paragraphs without highlights as plain text and the gaps between them, so offsets add up", () => {
    const layout = layoutParagraphs(TEXT, paragraphs, []);
    expect(layout.map((p) => p.pieces)).toEqual([null, null, null]);
    const rebuilt = layout.map((p) => p.gapBefore + TEXT.slice(p.start, p.end)).join("");
    expect(rebuilt).toBe(TEXT.slice(paragraphs[0].start));
    expect(layout[1].gapBefore).toBe("\n\n  \n");
  });

  it("nests highlights inside each other and splits one that crosses another's end", () => {
    const layout = layoutParagraphs(TEXT, paragraphs, [
      h("a", "Second one 😀"),
      h("b", "one 😀 has", "statement"),
      h("c", "😀", "suggestion"),
    ]);
    const pieces = layout[1].pieces!;
    expect(show(pieces)).toBe("[a*:Second [b*:one [c*:😀]]][b: has] an emoji.");
    expect(piecesText(pieces)).toBe(TEXT.slice(paragraphs[1].start, paragraphs[1].end));
  });

  it("puts the longer of two highlights starting together outside, evidence outside statements", () => {
    const same = layoutParagraphs(TEXT, paragraphs, [h("s", "Third.", "statement"), h("e", "Third.")]);
    expect(show(same[2].pieces!)).toBe("[e*:[s*:Third.]]");
    const longer = layoutParagraphs(TEXT, paragraphs, [h("short", "Third"), h("long", "Third.", "suggestion")]);
    expect(show(longer[2].pieces!)).toBe("[long*:[short*:Third].]");
  });

  it("clips a highlight across a paragraph break; only its first fragment is focusable", () => {
    const across = {
      id: "x",
      start: TEXT.indexOf("here."),
      end: TEXT.indexOf(" one"),
      kind: "evidence" as const,
      tone: "contradicts",
    };
    const layout = layoutParagraphs(TEXT, paragraphs, [across]);
    expect(show(layout[0].pieces!)).toBe("First paragraph [x*:here.]");
    expect(show(layout[1].pieces!)).toBe("[x:Second] one 😀 has an emoji.");
    expect(layout[2].pieces).toBeNull();
  });

  it("ignores spans outside the text", () => {
    expect(
      layoutParagraphs(TEXT, paragraphs, [{ id: "bad", start: 5, end: 5000, kind: "evidence", tone: "x" }]).every(
        (p) => p.pieces === null,
      ),
    ).toBe(true);
  });

  it("touches only the paragraphs with highlights in a 2 MB text", () => {
    const paragraph = "The committee of Orlen met again today and heard from witnesses about the bridge.";
    const big = Array.from({ length: 25_000 }, () => paragraph).join("\n\n");
    const spans = paragraphSpans(big);
    const start = big.length - paragraph.length + 4;
    const layout = layoutParagraphs(big, spans, [
      { id: "last", start, end: start + 9, kind: "evidence", tone: "supports" },
    ]);
    expect(layout.filter((p) => p.pieces).length).toBe(1);
    expect(show(layout.at(-1)!.pieces!)).toBe(
      "The [last*:committee] of Orlen met again today and heard from witnesses about the bridge.",
    );
  });
});
