import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { invalidatedSince, withCachedPagePolicy } from "../../cache-handler.mjs";
import { cachedPagePolicy, contentSecurityPolicy, embedPolicy, isCachedPublicPage } from "./csp";
import { inlineScriptHashes } from "./inline-scripts.mjs";
import { runWithRequestClock } from "./request-clock.mjs";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

// A page shaped like Next's output, with fictional content.
const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const PAYLOAD = 'self.__next_f.push([1,"Velmora ferry card \\u003c/script\\u003e é"])';
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>
<p title="&lt;script&gt;alert(1)&lt;/script&gt;">The ferry &lt;script&gt;window.x=1&lt;/script&gt; sank (fictional).</p>
<script type="application/ld+json">{"@type":"ClaimReview","name":"\\u003cscript\\u003e"}</script>
<script>${BOOT}</script><script>${PAYLOAD}</script><script>${BOOT}</script>
<script type="module">import("/_next/x.js")</script><script type="text/plain">not run</script></body></html>`;

describe("inlineScriptHashes", () => {
  it("hashes exactly the inline scripts a browser runs, once each, as written", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha(BOOT), sha(PAYLOAD), sha('import("/_next/x.js")')]);
  });

  it("finds nothing in escaped user text, attributes, data blocks or external scripts", () => {
    const page = `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a title="<script>alert(2)</script>">x</a>
<script src="/_next/a.js"></script><script type="application/ld+json">{"a":1}</script>`;
    expect(inlineScriptHashes(page)).toEqual([]);
  });
});

describe("page policies", () => {
  it("a cached page allows same-origin files and its own inline scripts by hash, nothing else", () => {
    const policy = cachedPagePolicy(["abc=", "def="]);
    const scriptSrc = policy.split("; ").filter((d) => d.startsWith("script-src"));
    expect(scriptSrc).toEqual(["script-src 'self' 'sha256-abc=' 'sha256-def='"]);
    expect(policy).not.toMatch(/nonce-|strict-dynamic|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("pages rendered per request keep the nonce policy", () => {
    const policy = contentSecurityPolicy("bm9uY2U=", { frameable: false, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'; ");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("the embed allows no script and may be framed", () => {
    expect(embedPolicy()).toContain("script-src 'none'");
    expect(embedPolicy()).toContain("frame-ancestors *");
  });

  it("knows which pages come from the full-route cache", () => {
    for (const path of [
      "/cards",
      "/cards/",
      "/cards/velmora-ferry",
      "/cards/velmora-ferry/v/2",
      "/cards/page/3",
      "/methodology",
    ])
      expect(isCachedPublicPage(path), path).toBe(true);
    for (const path of [
      "/cards/feed.xml",
      "/cards/x/opengraph-image",
      "/cards/x/v",
      "/cards/page/3/x",
      "/claims",
      "/cardsx",
      "/embed/x",
    ])
      expect(isCachedPublicPage(path), path).toBe(false);
  });
});

describe("cache handler", () => {
  it("puts the hash policy of the page into the same headers object Next sends", () => {
    const headers: Record<string, string> = { "x-next-cache-tags": "cards" };
    const value = { kind: "APP_PAGE", html: PAGE, headers, rscData: undefined, status: 200 };
    withCachedPagePolicy(value);
    expect(value.headers).toBe(headers);
    expect(headers["content-security-policy"]).toBe(
      cachedPagePolicy([sha(BOOT), sha(PAYLOAD), sha('import("/_next/x.js")')]),
    );
  });

  it("leaves data-cache entries and route handlers alone", () => {
    const route = { kind: "APP_ROUTE", body: Buffer.from("x"), headers: {} as Record<string, string>, status: 200 };
    withCachedPagePolicy(route);
    expect(route.headers).toEqual({});
  });
});

type TestHandler = {
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
};

/** Next's file-system cache behind our handler, writing to a list instead of the disk. */
async function handlerWritingTo(written: string[]) {
  const { default: Handler } = await import("../../cache-handler.mjs");
  const fs = {
    existsSync: () => false,
    readFile: async () => Buffer.from(""),
    writeFile: async (f: string) => void written.push(f),
    mkdir: async () => undefined,
    stat: async () => ({ mtime: new Date() }),
  };
  return new (Handler as unknown as new (ctx: object) => TestHandler)({
    fs,
    flushToDisk: true,
    serverDistDir: "/tmp/claimdesk-cache-test",
    revalidatedTags: [],
  });
}

const page = (status: number, tags = "_N_T_/cards") => ({
  kind: "APP_PAGE",
  html: PAGE,
  headers: { "x-next-cache-tags": tags },
  rscData: Buffer.from(""),
  status,
});
const pageCtx = { cacheControl: { revalidate: 30, expire: 60 } };
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("cache handler storage", () => {
  it("does not store not-found answers, so made-up addresses leave nothing behind", async () => {
    const written: string[] = [];
    const handler = await handlerWritingTo(written);
    await handler.set("/cards/made-up", page(404), pageCtx);
    expect(written).toEqual([]);
    await handler.set("/cards/real", page(200), pageCtx);
    expect(written.some((f) => f.endsWith("/cards/real.html"))).toBe(true);
  });

  it("does not store a page whose request began before one of its tags was invalidated", async () => {
    const written: string[] = [];
    const handler = await handlerWritingTo(written);
    const tags = "_N_T_/cards,cards-race-page";
    // A card list is rendering (its request has begun) when a card is published.
    await runWithRequestClock(async () => {
      await later();
      await handler.revalidateTag(["cards-race-page"], { expire: 0 });
      await handler.set("/cards/list-rendered-before", page(200, tags), pageCtx);
    });
    expect(written).toEqual([]);
    // A request that began after the change stores its copy.
    await later();
    await runWithRequestClock(() => handler.set("/cards/list-rendered-after", page(200, tags), pageCtx));
    expect(written.some((f) => f.endsWith("/cards/list-rendered-after.html"))).toBe(true);
    // Outside a request (no clock) the copy is stored as Next would.
    await handler.set("/cards/no-request", page(200, tags), pageCtx);
    expect(written.some((f) => f.endsWith("/cards/no-request.html"))).toBe(true);
  });

  it("does not store a data-cache entry read before one of its tags was invalidated", async () => {
    const written: string[] = [];
    const handler = await handlerWritingTo(written);
    const entry = { kind: "FETCH", data: { headers: {}, body: "[]", status: 200, url: "" }, revalidate: 30 };
    const dataCtx = { fetchCache: true, tags: ["cards-race-data"], revalidate: 30 };
    await runWithRequestClock(async () => {
      await handler.revalidateTag(["cards-race-data"]);
      await handler.set("card-page-read-before", entry, dataCtx);
    });
    expect(written).toEqual([]);
    await later();
    await runWithRequestClock(() => handler.set("card-page-read-after", entry, dataCtx));
    expect(written.some((f) => f.endsWith("card-page-read-after"))).toBe(true);
  });
});

describe("invalidatedSince", () => {
  it("counts an invalidation at or after the moment, never one before it or one set for later", async () => {
    const handler = await handlerWritingTo([]);
    const before = Date.now();
    await later();
    await handler.revalidateTag(["since-now"], { expire: 0 });
    expect(invalidatedSince(["other", "since-now"], before)).toBe(true);
    await later();
    expect(invalidatedSince(["since-now"], Date.now())).toBe(false);
    expect(invalidatedSince(["never-invalidated"], before)).toBe(false);
  });
});
