import { describe, expect, it } from "vitest";
import { NO_HIGHLIGHTS, packHighlights, unpackHighlights } from "./packed-highlights";
import type { Highlight } from "./segments";

const h = (id: string, start: number, end: number, kind: Highlight["kind"], tone: string): Highlight => ({
  id,
  start,
  end,
  kind,
  tone,
});

describe("packed highlights", () => {
  it("give back every highlight with its place, kind and tone, in text order", () => {
    const highlights = [
      h("cmsug2", 900, 940, "suggestion", "suggestion"),
      h("cmev1", 10, 25, "evidence", "contradicts"),
      h("cmst1", 10, 60, "statement", "statement"),
      h("cmev2", 400, 401, "evidence", "supports"),
      h("cmsug1", 12, 30, "suggestion", "suggestion"),
    ];
    const unpacked = unpackHighlights(packHighlights(highlights));
    expect(unpacked).toEqual([...highlights].sort((a, b) => a.start - b.start));
  });

  it("name each kind and tone once, and carry places as small numbers", () => {
    const packed = packHighlights([
      h("a", 100, 110, "suggestion", "suggestion"),
      h("b", 120, 125, "suggestion", "suggestion"),
      h("c", 130, 190, "evidence", "context"),
    ]);
    expect(packed).toEqual({
      styles: ["suggestion suggestion", "evidence context"],
      ids: "a b c",
      at: [100, 10, 0, 20, 5, 0, 10, 60, 1],
    });
  });

  it("are a third or less of the same highlights as objects, for a source with thousands", () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      h(`cmx46z5yv${String(i).padStart(16, "0")}`, i * 1000, i * 1000 + 80, "suggestion", "suggestion"),
    );
    const packed = JSON.stringify(packHighlights(many)).length;
    expect(packed).toBeLessThan(JSON.stringify(many).length / 2.5);
    expect(unpackHighlights(packHighlights(many))).toEqual(many);
  });

  it("pack nothing to nothing", () => {
    expect(packHighlights([])).toEqual(NO_HIGHLIGHTS);
    expect(unpackHighlights(NO_HIGHLIGHTS)).toEqual([]);
  });

  it("refuse an id that would split in two, and drop a kind the reader does not know", () => {
    expect(() => packHighlights([h("two words", 0, 3, "evidence", "supports")])).toThrow(/cannot be packed/);
    expect(() => packHighlights([h("", 0, 3, "evidence", "supports")])).toThrow(/cannot be packed/);
    expect(
      unpackHighlights({ styles: ["comment note", "evidence supports"], ids: "x y", at: [0, 2, 0, 5, 3, 1] }),
    ).toEqual([h("y", 5, 8, "evidence", "supports")]);
  });
});
