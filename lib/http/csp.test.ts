import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withCachedPagePolicy } from "../../cache-handler.mjs";
import { cachedPagePolicy, contentSecurityPolicy, embedPolicy, isCachedPublicPage } from "./csp";
import { inlineScriptHashes } from "./inline-scripts.mjs";

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

describe("cache handler storage", () => {
  it("does not store not-found answers, so made-up addresses leave nothing behind", async () => {
    const { default: Handler } = await import("../../cache-handler.mjs");
    const written: string[] = [];
    const fs = {
      existsSync: () => false,
      readFile: async () => Buffer.from(""),
      writeFile: async (f: string) => void written.push(f),
      mkdir: async () => undefined,
      stat: async () => ({ mtime: new Date() }),
    };
    const handler = new (
      Handler as unknown as new (ctx: object) => {
        set(key: string, data: object, ctx: object): Promise<void>;
      }
    )({ fs, flushToDisk: true, serverDistDir: "/tmp/h15a-cache-test", revalidatedTags: [] });
    const page = (status: number) => ({ kind: "APP_PAGE", html: PAGE, headers: {}, rscData: Buffer.from(""), status });
    const ctx = { cacheControl: { revalidate: 30, expire: 60 } };
    await handler.set("/cards/made-up", page(404), ctx);
    expect(written).toEqual([]);
    await handler.set("/cards/real", page(200), ctx);
    expect(written.some((f) => f.endsWith("/cards/real.html"))).toBe(true);
  });
});
