import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { createSource } from "@/lib/services/sources";
import { bytesHash } from "@/lib/sources/text";
import { makeUser } from "@/lib/testing/factories";
import { startFixtureSite, type FixtureSite } from "@/lib/testing/fixture-site";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import { POST } from "./route";
import { GET as getSnapshot } from "../../revisions/[revisionId]/snapshot/route";

useTestDatabase();
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());
afterEach(() => void delete process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE);

describe("POST /api/v1/sources/from-url and the archived snapshot", () => {
  it("imports (201), answers a repeat with 200 unchanged, and serves the page as fetched as a download", async () => {
    process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
    const analyst = await makeUser("analyst");
    const token = await createApiToken(analyst.userId, "test");
    const url = `${site.origin}/news/velmora-ferry`;
    const created = await callRoute(POST, "POST", "/api/v1/sources/from-url", { token, body: { url } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ outcome: "created", publisher: "Velmora Harbour Post" });
    const again = await callRoute(POST, "POST", "/api/v1/sources/from-url", { token, body: { url } });
    expect([again.status, again.json.outcome]).toEqual([200, "unchanged"]);

    const revisionId = created.json.revision.id;
    const req = new NextRequest(`http://localhost:3000/api/v1/revisions/${revisionId}/snapshot`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const res = await getSnapshot(req, { params: Promise.resolve({ revisionId }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="snapshot-\w+\.html"$/);
    expect(res.headers.get("x-content-hash")).toBe(created.json.revision.snapshotHash);
    const html = Buffer.from(await res.arrayBuffer());
    expect(html.toString("utf8")).toContain('<meta property="og:site_name" content="Velmora Harbour Post">');
    expect(bytesHash(html)).toBe(created.json.revision.snapshotHash);

    const pasted = await createSource(analyst, { title: "Pasted", text: "[FICTIONAL] Pasted text." });
    const none = await callRoute(getSnapshot, "GET", "/x", { token, params: { revisionId: pasted.revision.id } });
    expect(none.status).toBe(404);
  });

  it("answers 422 with the reason on the url field for a 404 page and for a private address", async () => {
    const analyst = await makeUser("analyst");
    const token = await createApiToken(analyst.userId, "test");
    const refused = await callRoute(POST, "POST", "/", { token, body: { url: `${site.origin}/news/velmora-ferry` } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.fields.url[0]).toMatch(/private or local network address/);
    process.env.CLAIMDESK_FETCH_ALLOW_PRIVATE = "1";
    const missing = await callRoute(POST, "POST", "/", { token, body: { url: `${site.origin}/gone` } });
    expect([missing.status, missing.json.error.fields.url]).toEqual([422, ["The page was not found (HTTP 404)."]]);
  });
});
