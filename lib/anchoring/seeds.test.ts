import { describe, expect, it } from "vitest";
import { findChunkHits } from "./seeds";
import { filler, rng } from "@/lib/testing/anchoring-fixtures";

function naive(text: string, chunk: string, maxHits: number): number[] | null {
  const hits: number[] = [];
  for (let i = 0; i + chunk.length <= text.length; i++) {
    if (text.startsWith(chunk, i)) {
      if (hits.length >= maxHits) return null;
      hits.push(i);
    }
  }
  return hits;
}

describe("findChunkHits", () => {
  const text = filler(20_000, 3) + " 🚢 Velmora 🚢 Velmora aaaaaa";

  it.each([
    ["few chunks (indexOf path)", 3],
    ["many chunks (rolling-hash path)", 20],
  ])("agrees with a naive scan: %s", (_label, count) => {
    const rand = rng(count);
    const chunks = Array.from({ length: count }, () => {
      const at = Math.floor(rand() * (text.length - 6));
      return text.slice(at, at + 6);
    });
    chunks.push("🚢 Vel", "aaaaaa", "zzzzzz"); // astral, overlapping hits, absent
    const hits = findChunkHits(text, chunks, 50);
    for (const chunk of chunks) expect(hits.get(chunk)).toEqual(naive(text, chunk, 50));
    expect(hits.get("aaaaaa")).toEqual([text.length - 6]);
    expect(hits.get("zzzzzz")).toEqual([]);
  });

  it("drops a chunk that is too common (null), in both paths", () => {
    const common = "the ";
    const many = ["ferr", "brid", "conv", "spok", "offi", "stat", "repo", "gove", "agen", "susp", "troo", "depl"];
    for (const extra of [[], many]) {
      const hits = findChunkHits(text, [common, ...extra], 10);
      expect(hits.get(common)).toBeNull();
    }
  });
});
