import { describe, expect, it } from "vitest";
import { readerHtml } from "@/lib/reader/html";
import { parsePageStarts } from "./archive";
import { paragraphSpans } from "./text";

describe("PDF page numbers in the reader", () => {
  const pages = [
    "Ministry of Waterways",
    "First paragraph of page two.\n\nSecond paragraph of page two.",
    "Page three.",
  ];
  const text = pages.join("\n\n");
  const starts = [0, pages[0].length + 2, pages[0].length + 2 + pages[1].length + 2];

  it("labels the first paragraph of each page and leaves the text itself untouched", () => {
    const html = readerHtml(text, paragraphSpans(text), [], starts);
    expect(html.match(/data-page="\d+"/g)).toEqual(['data-page="1"', 'data-page="2"', 'data-page="3"']);
    expect(html).toContain('data-page="2">First paragraph of page two.</p>');
    expect(html).toContain("<p data-start");
    expect(html.replace(/<[^>]+>/g, "")).toBe(text);
  });

  it("adds no labels without page starts, and reads stored page starts defensively", () => {
    expect(readerHtml(text, paragraphSpans(text), [])).not.toContain("data-page");
    expect(parsePageStarts([0, 23, 90])).toEqual([0, 23, 90]);
    expect(parsePageStarts("[0,23,90]")).toEqual([]);
    expect(parsePageStarts([0, "x"])).toEqual([]);
    expect(parsePageStarts([0, -4])).toEqual([]);
    expect(parsePageStarts(null)).toEqual([]);
  });
});
