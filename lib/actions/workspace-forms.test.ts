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
