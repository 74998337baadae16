import { describe, expect, it } from "vitest";
import { nestedFormObject } from "./workspace-forms";

describe("nestedFormObject", () => {
  it("nests dotted field names the way the API bodies are shaped", () => {
    const form = new FormData();
    form.set("sourceId", "s1");
    form.set("quote.exact", "words");
    form.set("quote.start", "4");
    form.set("newSpeaker.name", "Pia Lund");
    expect(nestedFormObject(form)).toEqual({
      sourceId: "s1",
      quote: { exact: "words", start: "4" },
      newSpeaker: { name: "Pia Lund" },
    });
  });

  it("turns the CRLF line breaks browsers submit back into the LF the stored text uses, in quotes only", () => {
    const form = new FormData();
    form.set("quote.exact", "end of one paragraph.\r\n\r\nStart of the next");
    form.set("quote.suffix", ".\r\n\r\nFishermen");
    form.set("note", "line one\r\nline two");
    const out = nestedFormObject(form) as { quote: { exact: string; suffix: string }; note: string };
    expect(out.quote.exact).toBe("end of one paragraph.\n\nStart of the next");
    expect(out.quote.suffix).toBe(".\n\nFishermen");
    expect(out.note).toBe("line one\r\nline two");
  });
});

describe("hostile form keys", () => {
  it("never reach Object.prototype, however the key is spelled", () => {
    const form = new FormData();
    for (const key of [
      "__proto__.title",
      "constructor.prototype.title",
      "quote.__proto__.polluted",
      "prototype.x",
      "__proto__",
    ])
      form.set(key, "poisoned");
    form.set("title", "kept");
    const out = nestedFormObject(form);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(["title"]);
  });

  it("keeps nested fields when a plain value was sent under the same name", () => {
    const form = new FormData();
    form.append("quote", "flat");
    form.append("quote.exact", "words");
    expect(nestedFormObject(form)).toEqual({ quote: { exact: "words" } });
  });
});
