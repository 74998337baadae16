import { describe, expect, it } from "vitest";
import { paragraphSpans } from "@/lib/sources/text";
import { readerHtml, readerHtmlParts, readerHtmlPartsOneByOne } from "./html";

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (html: string) => unescape(html.replace(/<[^>]+>/g, ""));

describe("readerHtml", () => {
  const text = `\n\nA <script>alert("x")</script> & 'quotes' 😀 here.\n\n  \nSecond "paragraph".`;
  const spans = paragraphSpans(text);

  it("escapes the text, so markup in a source is shown, never run", () => {
    const html = readerHtml(text, spans, []);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
  });

  it("keeps the text from the first paragraph on, gaps included, so DOM offsets equal text offsets", () => {
    const html = readerHtml(text, spans, [
      { id: "e1", start: text.indexOf("quotes"), end: text.indexOf("Second") + 6, kind: "evidence", tone: "supports" },
    ]);
    expect(textOf(html)).toBe(text.slice(spans[0].start));
    expect(html).toContain(`<p data-start="${spans[1].start}" data-end="${spans[1].end}">`);
  });

  it("marks highlights; only the first fragment is focusable and carries the id", () => {
    const html = readerHtml(text, spans, [
      { id: "e1", start: text.indexOf("here"), end: text.indexOf("Second") + 6, kind: "evidence", tone: "contradicts" },
    ]);
    expect(html).toContain(
      '<mark class="hl hl-evidence tone-contradicts" data-h="e1" id="h-e1" tabindex="0" aria-describedby="reader-tip">here.</mark>',
    );
    expect(html).toContain('<mark class="hl hl-evidence tone-contradicts" data-h="e1">Second</mark>');
    expect(html.match(/id="h-e1"/g)).toHaveLength(1);
  });

  it("never lets a class token or id break out of its attribute", () => {
    const html = readerHtml(
      "Words here.",
      [{ start: 0, end: 11 }],
      [{ id: 'x" onclick="y', start: 0, end: 5, kind: "evidence", tone: 'supports" onmouseover="z' }],
    );
    expect(html).not.toMatch(/" on(click|mouseover)=/);
  });
});

describe("readerHtmlParts", () => {
  it("splits at paragraph boundaries into parts that join to the whole text's HTML", () => {
    const text = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the fictional Orlen report.`).join("\n\n");
    const spans = paragraphSpans(text);
    const highlights = [{ id: "h1", start: 5, end: 60, kind: "evidence" as const, tone: "supports" }];
    const parts = readerHtmlParts(text, spans, highlights, [], 100);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join("")).toBe(readerHtml(text, spans, highlights));
    for (const part of parts) expect(part).toMatch(/^(\s*)<p [^]*<\/p>$/);
    expect(readerHtmlParts(text, spans, highlights)).toEqual([readerHtml(text, spans, highlights)]);
  });
});

describe("readerHtmlPartsOneByOne", () => {
  it("gives the same parts one at a time, the first before the rest are built", () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of the fictional Orlen report.`).join("\n\n");
    const spans = paragraphSpans(text);
    const highlights = [{ id: "h2", start: 300, end: 420, kind: "statement" as const, tone: "statement" }];
    const parts = readerHtmlPartsOneByOne(text, spans, highlights, [], 200);
    const first = parts.next();
    expect(first).toEqual({ done: false, value: readerHtmlParts(text, spans, highlights, [], 200)[0] });
    expect([first.value, ...parts]).toEqual(readerHtmlParts(text, spans, highlights, [], 200));
    expect([...readerHtmlPartsOneByOne("", [], [])]).toEqual([""]);
  });
});
