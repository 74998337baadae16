// The HTTP API as a script would use it: bearer tokens, JSON in, JSON errors out.
import { describe, expect, it } from "vitest";
import { createApiToken, createSession } from "@/lib/auth/sessions";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as actors from "./actors/route";
import * as cards from "./cards/route";
import * as claim from "./claims/[id]/route";
import * as claims from "./claims/route";
import * as evidence from "./claims/[id]/evidence/route";
import * as source from "./sources/[id]/route";
import * as sources from "./sources/route";
import * as users from "./users/route";
import * as me from "./me/route";
import * as fallback from "./[...path]/route";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

const { db } = useTestDatabase();
const tokenFor = async (role: Parameters<typeof makeUser>[0]) => createApiToken((await makeUser(role)).userId, "test");
const rowCounts = async () => {
  const d = await db();
  return Promise.all([
    d.source.count(),
    d.claim.count(),
    d.evidence.count(),
    d.actor.count(),
    d.user.count(),
    d.auditEvent.count(),
  ]);
};

describe("API v1", () => {
  it("answers every mutating endpoint with 401 for anonymous callers and writes nothing", async () => {
    const before = await rowCounts();
    const calls = [
      callRoute(sources.POST, "POST", "/api/v1/sources", { body: { title: "t", text: "x" } }),
      callRoute(claims.POST, "POST", "/api/v1/claims", { body: { text: "A claim text", kind: "factual" } }),
      callRoute(claim.PATCH, "PATCH", "/api/v1/claims/x", { params: { id: "x" }, body: { version: 1 } }),
      callRoute(evidence.POST, "POST", "/api/v1/claims/x/evidence", { params: { id: "x" }, body: {} }),
      callRoute(actors.POST, "POST", "/api/v1/actors", { body: { name: "n", kind: "person" } }),
      callRoute(users.POST, "POST", "/api/v1/users", { body: {} }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects an invalid token with 401 and gives analysts 403 on admin actions", async () => {
    expect((await callRoute(sources.GET, "GET", "/api/v1/sources", { token: "cdk_nope" })).status).toBe(401);
    const analyst = await tokenFor("analyst");
    const res = await callRoute(users.POST, "POST", "/api/v1/users", {
      token: analyst,
      body: { email: "x@y.test", role: "admin", password: "long enough pw" },
    });
    expect(res.status).toBe(403);
    expect((await callRoute(users.GET, "GET", "/api/v1/users", { token: analyst })).status).toBe(403);
  });

  it("tells a token or session which account and role it acts as", async () => {
    const editor = await makeUser("editor");
    const token = await createApiToken(editor.userId, "newsroom bot");
    const byToken = await callRoute(me.GET, "GET", "/api/v1/me", { token });
    expect(byToken.status).toBe(200);
    expect(byToken.json).toEqual({ id: editor.userId, name: editor.name, email: editor.email, role: "editor" });
    const { token: session } = await createSession(editor.userId);
    const bySession = await callRoute(me.GET, "GET", "/api/v1/me", {
      headers: { cookie: `${SESSION_COOKIE}=${session}` },
    });
    expect(bySession.json.id).toBe(editor.userId);
    expect((await callRoute(me.GET, "GET", "/api/v1/me", { token: token + "x" })).status).toBe(401);
    expect((await callRoute(me.GET, "GET", "/api/v1/me")).status).toBe(401);
  });

  it("creates and reads sources, claims, evidence and actors with one token", async () => {
    const token = await tokenFor("analyst");
    const created = await callRoute(sources.POST, "POST", "/api/v1/sources", {
      token,
      body: {
        title: "Velmora council minutes",
        text: "The council of Velmora voted 7 to 2 to close the old bridge.",
        publisher: "Velmora Council",
        publishedAt: "2026-02-01",
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.id).toEqual(expect.any(String));
    const got = await callRoute(source.GET, "GET", `/api/v1/sources/${created.json.id}`, {
      token,
      params: { id: created.json.id },
    });
    expect(got.json.revision.text).toContain("voted 7 to 2");

    const actor = await callRoute(actors.POST, "POST", "/api/v1/actors", {
      token,
      body: { name: "Velmora Council", kind: "government", aliases: ["the council"] },
    });
    expect(actor.status).toBe(201);
    const c = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      token,
      body: { text: "Velmora's council voted to close the bridge", kind: "factual", claimantId: actor.json.id },
    });
    expect(c.status).toBe(201);
    const ev = await callRoute(evidence.POST, "POST", `/api/v1/claims/${c.json.id}/evidence`, {
      token,
      params: { id: c.json.id },
      body: { sourceId: created.json.id, quote: { exact: "voted 7 to 2" }, stance: "supports" },
    });
    expect(ev.status).toBe(201);
    expect(ev.json).toMatchObject({ exact: "voted 7 to 2", start: 23, end: 35 });

    const updated = await callRoute(claim.PATCH, "PATCH", `/api/v1/claims/${c.json.id}`, {
      token,
      params: { id: c.json.id },
      body: { version: 1, summary: "Minutes checked." },
    });
    expect(updated.status).toBe(200);
    expect(updated.json.version).toBe(2);
    const stale = await callRoute(claim.PATCH, "PATCH", `/api/v1/claims/${c.json.id}`, {
      token,
      params: { id: c.json.id },
      body: { version: 1, summary: "Other." },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.currentVersion).toBe(2);

    const list = await callRoute(claims.GET, "GET", "/api/v1/claims?limit=1", { token });
    expect(list.json.items).toHaveLength(1);
    const actorList = await callRoute(actors.GET, "GET", "/api/v1/actors?q=COUNCIL", { token });
    expect(actorList.json.items.map((a: { name: string }) => a.name)).toContain("Velmora Council");
  });

  it("turns bad input into 400/422 with field messages and leaves data untouched", async () => {
    const token = await tokenFor("editor");
    const before = await rowCounts();
    const malformed = await callRoute(sources.POST, "POST", "/api/v1/sources", { token, rawBody: "{not json" });
    expect(malformed.status).toBe(400);
    const invalid = await callRoute(sources.POST, "POST", "/api/v1/sources", {
      token,
      body: { title: "", text: "", url: "ftp://x" },
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["text", "title", "url"]);
    const wrongType = await callRoute(claims.POST, "POST", "/api/v1/claims", { token, body: ["array"] });
    expect(wrongType.status).toBe(422);
    const notJson = await callRoute(actors.POST, "POST", "/api/v1/actors", {
      token,
      rawBody: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(400);
    const missing = await callRoute(evidence.POST, "POST", "/api/v1/claims/nope/evidence", {
      token,
      params: { id: "nope" },
      body: { sourceId: "s", quote: { exact: "q" }, stance: "supports" },
    });
    expect(missing.status).toBe(404);
    expect(await rowCounts()).toEqual(before);
    expect((await callRoute(fallback.GET, "GET", "/api/v1/nothing-here")).status).toBe(404);
  });

  it("refuses cookie-authenticated writes from another origin", async () => {
    const user = await makeUser("analyst");
    const { token } = await createSession(user.userId);
    const headers = { cookie: `${SESSION_COOKIE}=${token}`, origin: "https://evil.example" };
    const res = await callRoute(actors.POST, "POST", "/api/v1/actors", {
      headers,
      body: { name: "Planted", kind: "person" },
    });
    expect(res.status).toBe(403);
    const same = await callRoute(actors.POST, "POST", "/api/v1/actors", {
      headers: { ...headers, origin: "http://localhost:3000" },
      body: { name: "Welcome", kind: "person" },
    });
    expect(same.status).toBe(201);
  });

  it("lists only published cards to anonymous readers", async () => {
    const res = await callRoute(cards.GET, "GET", "/api/v1/cards");
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([]);
  });
});

describe("OpenAPI description", () => {
  it("describes every endpoint with the request schemas the handlers validate with", async () => {
    const { GET } = await import("./openapi.json/route");
    const res = await callRoute(GET, "GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.paths["/sources"].post.requestBody.content["application/json"].schema.required).toEqual([
      "title",
      "text",
    ]);
    expect(
      res.json.paths["/claims/{id}/evidence"].post.requestBody.content["application/json"].schema.properties.stance
        .enum,
    ).toEqual(["supports", "contradicts", "context"]);
  });
});
