import { describe, expect, it } from "vitest";
import { SearchCache, searchCacheKey } from "./cache";
import type { SearchPage } from "./types";

const page = (label: string): SearchPage => ({ items: [], nextCursor: label });
const counter = () => {
  let calls = 0;
  return {
    compute: (label: string) => () => {
      calls++;
      return Promise.resolve(page(label));
    },
    get calls() {
      return calls;
    },
  };
};
const request = (q: string, extra: Partial<Parameters<typeof searchCacheKey>[0]> = {}) =>
  searchCacheKey({ q, filters: {}, offset: 0, limit: 20, ...extra });

describe("search cache keys", () => {
  it("are equal for queries that parse the same and differ for anything that changes the page", () => {
    expect(request("ferry  harbour")).toBe(request(" ferry harbour"));
    expect(request("ferry AND harbour")).toBe(request("ferry harbour"));
    expect(request("ferry harbour")).not.toBe(request("ferry harbour ")); // the last word stops being a prefix
    expect(request('"ferry harbour"')).not.toBe(request("ferry harbour"));
    expect(request("Ferry")).not.toBe(request("ferry")); // case folding is left to the database
    expect(request("ferry", { type: "claim" })).not.toBe(request("ferry"));
    expect(request("ferry", { offset: 20 })).not.toBe(request("ferry"));
    expect(request("ferry", { limit: 10 })).not.toBe(request("ferry"));
    expect(request("ferry", { filters: { status: "draft" } })).not.toBe(request("ferry"));
    expect(request("ferry", { filters: { from: new Date("2026-01-01") } })).not.toBe(
      request("ferry", { filters: { from: new Date("2026-01-02") } }),
    );
  });
});

describe("search cache", () => {
  it("shares one frozen page between callers, so no caller can change what another is served", async () => {
    const cache = new SearchCache();
    const { compute } = counter();
    const first = await cache.get(1, "k", compute("a"));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.items)).toBe(true);
    expect(await cache.get(1, "k", compute("b"))).toBe(first);
  });

  it("computes a page once per version and key", async () => {
    const cache = new SearchCache();
    const c = counter();
    expect(await cache.get(1, "a", c.compute("first"))).toEqual(page("first"));
    expect(await cache.get(1, "a", c.compute("second"))).toEqual(page("first"));
    expect(await cache.get(1, "b", c.compute("other"))).toEqual(page("other"));
    expect(c.calls).toBe(2);
  });

  it("drops every page when the version moves on", async () => {
    const cache = new SearchCache();
    const c = counter();
    await cache.get(1, "a", c.compute("old"));
    await cache.get(1, "b", c.compute("old"));
    expect(await cache.get(2, "a", c.compute("new"))).toEqual(page("new"));
    expect(cache.size).toBe(1);
  });

  it("never stores a page computed for an older version than the newest seen", async () => {
    const cache = new SearchCache();
    const c = counter();
    await cache.get(5, "a", c.compute("v5"));
    expect(await cache.get(4, "a", c.compute("v4"))).toEqual(page("v4")); // a search that read the version before a write
    expect(await cache.get(5, "a", c.compute("again"))).toEqual(page("v5"));
    expect(c.calls).toBe(2);
  });

  it("shares one computation between concurrent callers", async () => {
    const cache = new SearchCache();
    let release!: (p: SearchPage) => void;
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<SearchPage>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.get(1, "a", slow), cache.get(1, "a", slow)]);
    release(page("shared"));
    expect(await both).toEqual([page("shared"), page("shared")]);
    expect(calls).toBe(1);
  });

  it("does not keep failures", async () => {
    const cache = new SearchCache();
    await expect(cache.get(1, "a", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await cache.get(1, "a", () => Promise.resolve(page("retried")))).toEqual(page("retried"));
  });

  it("keeps at most its capacity, dropping the least recently used page", async () => {
    const cache = new SearchCache(2);
    const c = counter();
    await cache.get(1, "a", c.compute("a"));
    await cache.get(1, "b", c.compute("b"));
    await cache.get(1, "a", c.compute("a again")); // a is now the most recent
    await cache.get(1, "c", c.compute("c")); // drops b
    expect(cache.size).toBe(2);
    expect(await cache.get(1, "a", c.compute("recomputed"))).toEqual(page("a"));
    expect(await cache.get(1, "b", c.compute("b recomputed"))).toEqual(page("b recomputed"));
  });
});
