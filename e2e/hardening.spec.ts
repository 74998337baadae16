// Hostile HTTP requests against the production server (`next start`): each must get the right 4xx,
// never a 500, and the server must keep answering normally afterwards. Unit-level proofs live in
// lib/actions/actions-fuzz.db.test.ts, lib/http/*.test.ts and lib/validation/clean-text.test.ts.
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { createRequire } from "node:module";
import { expect, test } from "./support/fixtures";
import { SESSION_COOKIE } from "../lib/auth/session-cookie";

// React's own encoder for server action arguments (what the browser bundle uses), to call actions over HTTP.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

type Action = { id: string; path: string };

/** A server action ("lib/actions/<file>.ts" export <name>) in this build: its id and a page that runs it. */
function action(file: string, name: string): Action {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  for (const [id, entry] of Object.entries<{ filename?: string; exportedName?: string; workers: object }>(
    manifest.node,
  ))
    if (entry.filename?.endsWith(`lib/actions/${file}.ts`) && entry.exportedName === name) {
      const page = Object.keys(entry.workers)[0]; // e.g. "app/sources/[id]/page"
      return {
        id,
        path:
          page
            .replace(/^app/, "")
            .replace(/\/page$/, "")
            .replace(/\[[^\]]+\]/g, "x") || "/",
      };
    }
  throw new Error(`No server action ${file}#${name} in the build manifest.`);
}

/** Calls a server action the way React's client does (a fetch action) from its page, with any arguments. */
async function callAction(
  request: APIRequestContext,
  { id, path }: Action,
  args: unknown[],
  headers: Record<string, string> = {},
) {
  const body = await encodeReply(args);
  const common = { "next-action": id, accept: "text/x-component", ...headers };
  if (typeof body === "string")
    return request.post(path, {
      headers: { ...common, "content-type": "text/plain;charset=UTF-8" },
      data: body,
      maxRedirects: 0,
    });
  const multipart = Object.fromEntries([...(body as FormData).entries()].map(([k, v]) => [k, String(v)]));
  return request.post(path, { headers: common, multipart, maxRedirects: 0 });
}

/** A signed-out caller that still gets past the proxy's early sign-in redirect, as an attacker would. */
const JUNK_SESSION = { cookie: `${SESSION_COOKIE}=junk` };

/** A form with hostile keys only. */
function form() {
  const data = new FormData();
  data.set("__proto__.title", "poisoned");
  data.set("constructor.prototype.title", "poisoned");
  data.set("quote.__proto__.exact", "poisoned");
  return data;
}

const UNKNOWN = "cl-does-not-exist";

test.describe("hostile requests get a 4xx and change nothing", () => {
  test("staff pages with a loading state answer an unknown id with HTTP 404", async ({ page, signInAs }) => {
    await signInAs("analyst");
    for (const path of [
      `/actors/${UNKNOWN}`,
      `/sources/${UNKNOWN}`,
      `/claims/${UNKNOWN}/edit`,
      `/claims/${UNKNOWN}/history`,
      `/claims/${UNKNOWN}/review`,
      `/claims/${UNKNOWN}/dispute`,
    ]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(404);
    }
    await page.goto(`/claims/${UNKNOWN}/review`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
    // Known ids still render.
    const claims = await (await page.request.get("/api/v1/claims")).json();
    const claimId = claims.items[0].id;
    for (const path of [`/claims/${claimId}/review`, `/claims/${claimId}/history`, `/claims/${claimId}/dispute`])
      expect((await page.request.get(path)).status(), path).toBe(200);
  });

  test("undecodable paths are 400 and bad list filters are ignored, never a 500", async ({
    page,
    request,
    signInAs,
  }) => {
    for (const path of [
      "/cards/%ED%A0%80",
      "/api/v1/cards/%ED%A0%80",
      "/api/v1/claims/%ED%A0%80/audit",
      "/cards/a%00b",
    ]) {
      const res = await request.get(path);
      expect([400, 404], path).toContain(res.status());
    }
    await signInAs("analyst");
    for (const path of [
      "/claims?status=bogus",
      `/claims?cursor=${"x".repeat(5000)}`,
      `/sources?cursor=${"y".repeat(500)}`,
      `/actors?q=${"z".repeat(5000)}`,
      `/search?q=${"q".repeat(5000)}`,
    ]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
    }
    await page.goto("/claims?status=bogus");
    await expect(page.getByTestId("ignored-filters")).toContainText("status");
    await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
  });

  test("cookie writes with Origin: null or an unreadable Origin are 403", async ({ page, signInAs }) => {
    await signInAs("analyst");
    for (const origin of ["null", "http://[", "not a url"]) {
      const res = await page.request.post("/api/v1/claims", {
        headers: { origin },
        data: { text: "A claim from nowhere (fictional)", kind: "factual" },
      });
      expect(res.status(), origin).toBe(403);
    }
    const res = await callAction(
      page.request,
      action("claims", "createClaimFromForm"),
      [{ ok: false }, new FormData()],
      {
        origin: "null",
      },
    );
    expect(res.status()).toBe(403);
  });

  test("a server action upload over the limit is 413", async ({ page, signInAs }) => {
    await signInAs("analyst");
    const res = await page.request.post("/sources/new", {
      headers: { "next-action": action("sources", "importSource").id, accept: "text/x-component" },
      multipart: { "1_text": "x".repeat(13 * 1024 * 1024) },
    });
    expect(res.status()).toBe(413);
  });

  test("the pickers refuse signed-out callers with 401 and answer staff", async ({ page, request, signInAs }) => {
    for (const name of ["searchClaimOptions", "searchActorOptions"]) {
      const res = await callAction(request, action("workspace", name), ["a"], JUNK_SESSION);
      const body = await res.text();
      expect(res.status(), name).toBeLessThan(500);
      // Next sends the refusal as the action's result (and as the HTTP status where it can).
      expect(body, name).toContain("NEXT_HTTP_ERROR_FALLBACK;401");
      expect([200, 401]).toContain(res.status());
    }
    await signInAs("reviewer");
    const res = await callAction(page.request, action("workspace", "searchActorOptions"), ["a"]);
    expect(res.status()).toBe(200);
    expect(await res.text()).not.toContain("NEXT_HTTP_ERROR_FALLBACK");
  });

  test("an anonymous __proto__ form poisons nothing: validation and the cards list keep working", async ({
    page,
    request,
    signInAs,
  }) => {
    for (const [file, name] of [
      ["workspace", "addEvidenceFromReaderForm"],
      ["workspace", "recordStatementForm"],
      ["workspace", "createRevisionForm"],
    ]) {
      const res = await callAction(request, action(file, name), [{ ok: false }, form()], JUNK_SESSION);
      expect(res.status(), name).toBeLessThan(500);
      expect(await res.text()).toContain("Sign in to do this.");
    }
    // Malformed calls: wrong argument types and shapes.
    for (const args of [[], ["not a form"], [null, null], [{ ok: false }, { title: "x" }], [1, 2, 3]]) {
      const res = await callAction(request, action("claims", "createClaimFromForm"), args, JUNK_SESSION);
      expect(res.status(), JSON.stringify(args)).toBeLessThan(500);
    }
    expect((await request.get("/cards")).status()).toBe(200);
    await signInAs("analyst");
    // Signed in, the same malformed calls reach the action: still a clear answer, never a 500.
    for (const args of [["not a form"], [null, null], [{ ok: false }, { title: "x" }], [{ ok: false }, form()]]) {
      const res = await callAction(page.request, action("claims", "createClaimFromForm"), args);
      expect(res.status(), JSON.stringify(args)).toBeLessThan(500);
    }
    const invalid = await page.request.post("/api/v1/sources", {
      data: { title: "t".repeat(400), text: "A fictional text." },
    });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.fields.title[0]).toMatch(/at most/);
  });

  test("forwarded headers do not reach public links unless a proxy is trusted", async ({ request }) => {
    const headers = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" };
    const feed = await (await request.get("/cards/feed.xml", { headers })).text();
    expect(feed).not.toContain("evil.example");
    expect(feed).not.toContain("javascript:");
    const cards = await (await request.get("/api/v1/cards", { headers })).json();
    const slug = cards.items[0].slug;
    expect(JSON.stringify(cards)).not.toContain("evil.example");
    const embed = await (await request.get(`/embed/${slug}`, { headers })).text();
    expect(embed).not.toContain("evil.example");
    const card = await (await request.get(`/cards/${slug}`, { headers })).text();
    expect(card).not.toContain("evil.example");
    expect(card).not.toContain("javascript:");
  });
});
