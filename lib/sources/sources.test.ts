import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { textFromFile } from "./file-import";
import { htmlToText } from "./html";
import { contentHash, normaliseSourceText, paragraphSpans } from "./text";

describe("htmlToText", () => {
  it("keeps paragraphs and headings, drops scripts, styles and page furniture, decodes entities", () => {
    const { title, text } =
      htmlToText(`<!doctype html><html><head><title>Ferry &amp; harbour</title><style>p{}</style></head>
      <body><nav><a href="/">Home</a></nav><h1>Velmora ferry</h1><p>The ferry  resumed
      on <b>Monday</b>.</p><script>alert("x")</script><p>&ldquo;No delays,&rdquo; said Pia&nbsp;Lund.</p><footer>© Velmora Post</footer></body></html>`);
    expect(title).toBe("Ferry & harbour");
    expect(text).toBe("Velmora ferry\n\nThe ferry resumed on Monday.\n\n“No delays,” said Pia Lund.");
  });

  it("turns <br> into line breaks inside a paragraph", () => {
    expect(htmlToText("<p>Line one<br>Line two</p>").text).toBe("Line one\nLine two");
  });
});

describe("textFromFile", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("reads text and markdown, titling markdown by its first heading", () => {
    expect(textFromFile("notes/brask-bridge.txt", bytes("Bridge closed.\r\nReopens soon."))).toEqual({
      title: "brask bridge",
      text: "Bridge closed.\nReopens soon.",
    });
    expect(textFromFile("a.md", bytes("\uFEFF# Harbour report\n\nAll quiet.")).title).toBe("Harbour report");
  });

  it("refuses empty, binary, non-UTF-8 and unsupported files", () => {
    expect(() => textFromFile("e.txt", new Uint8Array())).toThrow(/empty/);
    expect(() => textFromFile("b.txt", new Uint8Array([65, 0, 66]))).toThrow(/binary/);
    expect(() => textFromFile("l.txt", new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/UTF-8/);
    expect(() => textFromFile("p.pdf", bytes("%PDF"))).toThrow(ValidationError);
  });
});

describe("source text", () => {
  it("normalises line endings only", () => {
    expect(normaliseSourceText("a\r\nb\rc\n")).toBe("a\nb\nc\n");
  });

  it("hashes content so an identical text has an identical hash", () => {
    expect(contentHash("abc")).toBe(contentHash("abc"));
    expect(contentHash("abc")).not.toBe(contentHash("abd"));
  });

  it("finds paragraph spans whose offsets index the original text", () => {
    const text = "First para.\n\n\nSecond\nstill second.\n \nThird.";
    const spans = paragraphSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First para.", "Second\nstill second.", "Third."]);
  });
});
