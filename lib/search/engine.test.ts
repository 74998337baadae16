import { describe, expect, it, vi } from "vitest";
import { encodeSearchCursor } from "@/lib/validation/search";
import { runSearch, typesFor } from "./engine";
import { MARK_END, MARK_START } from "./highlight";
import type { SearchType } from "./schema-objects";
import type { Candidate, SearchBackend } from "./types";

const candidate = (type: SearchType, id: string, raw: number, title = `title ${id}`): Candidate => ({
  type,
  id,
  raw,
  title,
  url: `/${type}/${id}`,
  fields: {},
});

function fakeBackend(rows: Candidate[]): SearchBackend & { rank: ReturnType<typeof vi.fn> } {
  return {
    rank: vi.fn(async (types: SearchType[], _q, _f, limit: number) =>
      types.flatMap((type) =>
        rows
          .filter((r) => r.type === type)
          .sort((a, b) => b.raw - a.raw)
          .slice(0, limit),
      ),
    ),
    snippets: async (_q, items) =>
      new Map(items.map((i) => [`${i.type}:${i.id}`, [null, `${MARK_START}${i.id}${MARK_END} text`]])),
  };
}

const request = { filters: {}, offset: 0, limit: 3, maxResults: 200, encodeCursor: encodeSearchCursor };

describe("typesFor", () => {
  it("keeps only the types a filter can apply to", () => {
    expect(typesFor(undefined, {})).toEqual(["claim", "source", "statement", "evidence", "actor"]);
    expect(typesFor(undefined, { status: "draft" })).toEqual(["claim"]);
    expect(typesFor("source", { tag: "x" })).toEqual([]);
    expect(typesFor(undefined, { actor: "a" })).toEqual(["claim", "statement"]);
    expect(typesFor(undefined, { from: new Date() })).toHaveLength(5);
  });
});

describe("runSearch", () => {
  const rows = [
    candidate("evidence", "e1", 9),
    candidate("claim", "c1", 1, "harbour levy doubles"),
    candidate("source", "s1", 5),
    candidate("claim", "c2", 3),
    candidate("actor", "a1", 2),
    candidate("statement", "t1", 4),
  ];

  it("interleaves types by relative relevance, an exact title first, and pages with a cursor", async () => {
    const backend = fakeBackend(rows);
    const first = await runSearch(backend, { ...request, q: "harbour levy doubles" });
    // c1 is the weakest claim by relevance but its title is the query; then each type's best, in type order.
    expect(first.items.map((i) => i.id)).toEqual(["c1", "c2", "a1"]);
    expect(first.items[0].titleHighlights).toEqual([
      [0, 7],
      [8, 12],
      [13, 20],
    ]);
    expect(first.items[1]).toMatchObject({ snippet: "c2 text", highlights: [[0, 2]], score: 1 });
    expect(first.nextCursor).toBe(encodeSearchCursor(3));
    // Each type is asked for one more row than the page needs, to know whether there is more.
    expect(backend.rank).toHaveBeenCalledWith(
      ["claim", "source", "statement", "evidence", "actor"],
      expect.anything(),
      {},
      4,
    );
    const second = await runSearch(backend, { ...request, q: "harbour levy doubles", offset: 3 });
    expect(second.items.map((i) => i.id)).toEqual(["s1", "t1", "e1"]);
    expect(second.nextCursor).toBeNull();
  });

  it("never pages past the result cap", async () => {
    const many = Array.from({ length: 30 }, (_, i) => candidate("claim", `c${String(i).padStart(2, "0")}`, 30 - i));
    const page = await runSearch(fakeBackend(many), { ...request, q: "x", limit: 5, maxResults: 10, offset: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
    expect((await runSearch(fakeBackend(many), { ...request, q: "x", offset: 10, maxResults: 10 })).items).toEqual([]);
  });

  it("answers an empty or all-punctuation query without asking the database", async () => {
    const backend = fakeBackend(rows);
    for (const q of ["", "  ", "!!!", '"', "AND"])
      expect(await runSearch(backend, { ...request, q })).toEqual({ items: [], nextCursor: null });
    expect(backend.rank).not.toHaveBeenCalled();
  });

  it("turns a database query-syntax error into no results, and rethrows anything else", async () => {
    const failing = (message: string): SearchBackend => ({
      rank: async () => {
        throw new Error(message);
      },
      snippets: async () => new Map(),
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(runSearch(failing('fts5: syntax error near "*"'), { ...request, q: "x" })).resolves.toEqual({
      items: [],
      nextCursor: null,
    });
    await expect(runSearch(failing("syntax error in tsquery"), { ...request, q: "x" })).resolves.toEqual({
      items: [],
      nextCursor: null,
    });
    await expect(runSearch(failing("no such table: search_claim"), { ...request, q: "x" })).rejects.toThrow(
      "no such table",
    );
  });
});
