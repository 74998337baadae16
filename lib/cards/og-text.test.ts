import { describe, expect, it } from "vitest";
import { ogText } from "./og-text";

describe("ogText", () => {
  it("keeps Latin text and typographic punctuation, replaces what the bundled font cannot draw", () => {
    expect(ogText("“Café” — naïve Łódź", 100)).toBe("“Café” — naïve Łódź");
    expect(ogText("Kyiv / Київ 🚀", 100)).toBe("Kyiv / ···· ·");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const out = ogText("The first Velmora ferry sails at dawn according to the harbour authority", 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toBe("The first Velmora ferry sails at dawn…");
  });
});
