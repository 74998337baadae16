import { describe, expect, it } from "vitest";
import { highlightWords, MARK_END, MARK_START, parseMarked, segments, titleMatch } from "./highlight";
import { parseSearchQuery } from "./query";

const mark = (s: string) => s.replaceAll("[", MARK_START).replaceAll("]", MARK_END);

describe("parseMarked", () => {
  it("turns sentinel marks into plain text and UTF-16 ranges", () => {
    expect(parseMarked(mark("the [ferry] at [dawn]…"))).toEqual({
      text: "the ferry at dawn…",
      highlights: [
        [4, 9],
        [13, 17],
      ],
    });
    expect(parseMarked(mark("🙂 [café]"))).toEqual({ text: "🙂 café", highlights: [[3, 7]] });
  });

  it("merges touching marks and drops unbalanced or empty ones", () => {
    expect(parseMarked(mark("[first][ sailing]"))).toEqual({ text: "first sailing", highlights: [[0, 13]] });
    expect(parseMarked(mark("a] [b [c] []"))).toEqual({ text: "a b c ", highlights: [[2, 5]] });
    expect(parseMarked(mark("open [end"))).toEqual({ text: "open end", highlights: [[5, 8]] });
  });

  it("keeps markup as text", () => {
    const { text, highlights } = parseMarked(mark("<b>[x]</b>"));
    expect(text).toBe("<b>x</b>");
    expect(highlights).toEqual([[3, 4]]);
  });
});

describe("highlightWords and segments", () => {
  it("marks whole query words case-insensitively, and the typed prefix", () => {
    const q = parseSearchQuery("velmora fer");
    const title = "The Velmora ferry, Velmoran ferrymen";
    const ranges = highlightWords(title, q);
    expect(ranges.map(([s, e]) => title.slice(s, e))).toEqual(["Velmora", "ferry", "ferrymen"]);
    expect(
      segments(title, ranges)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(["Velmora", "ferry", "ferrymen"]);
    expect(
      segments(title, ranges)
        .map((s) => s.text)
        .join(""),
    ).toBe(title);
  });

  it("clamps ranges that do not fit the text", () => {
    expect(
      segments("abc", [
        [1, 99],
        [0, 1],
      ]),
    ).toEqual([
      { text: "a", mark: true },
      { text: "bc", mark: true },
    ]);
    expect(segments("abc", [[5, 9]])).toEqual([{ text: "abc", mark: false }]);
  });
});

describe("titleMatch", () => {
  it("tells an exact title from one holding all words from a partial one", () => {
    expect(titleMatch("Harbour levy doubles", parseSearchQuery("harbour LEVY doubles"))).toBe(2);
    expect(titleMatch("Harbour levy doubles", parseSearchQuery("harbour levy dou"))).toBe(2);
    expect(titleMatch("The harbour levy doubles again", parseSearchQuery("harbour levy doubles"))).toBe(1);
    expect(titleMatch("The harbour levy", parseSearchQuery("harbour levy doubles"))).toBe(0);
  });
});
