// Inputs the security review saw answered with a 500, each now the right 4xx with nothing written:
// lone surrogates in JSON text, an undecodable slug, Origin: null or garbage on cookie writes.
import { describe, expect, it } from "vitest";
import { createApiToken, createSession } from "@/lib/auth/sessions";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { rowCounts } from "@/lib/testing/row-counts";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as actors from "./actors/route";
import * as audit from "./claims/[id]/audit/route";
import * as claims from "./claims/route";
import * as card from "./cards/[slug]/route";
import * as sources from "./sources/route";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

useTestDatabase();

describe("hostile input on the API", () => {
  it("lone surrogates and control characters in JSON text fields are 422 with a field message", async () => {
    const token = await createApiToken((await makeUser("analyst")).userId, "t");
    for (const [handler, path, body, field] of [
      [sources.POST, "/api/v1/sources", { title: "Ferry \uD800", text: "Fictional." }, "title"],
      [sources.POST, "/api/v1/sources", { title: "Ferry", text: "Fictional \uDC00 text." }, "text"],
      [claims.POST, "/api/v1/claims", { text: "The ferry \u0007 runs", kind: "factual" }, "text"],
      [actors.POST, "/api/v1/actors", { name: "Pia \uFFFE Lund", kind: "person" }, "name"],
      [claims.POST, "/api/v1/claims", { text: "The ferry runs", kind: "factual", claimantId: "\uD800" }, "claimantId"],
    ] as const) {
      const before = await rowCounts();
      const res = await callRoute(handler, "POST", path, { token, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.fields[field]?.[0]).toMatch(/control character|invalid Unicode/);
      expect(await rowCounts()).toEqual(before);
    }
  });

  it("a path parameter that cannot be text names nothing: 404", async () => {
    const token = await createApiToken((await makeUser("analyst")).userId, "t");
    expect((await callRoute(card.GET, "GET", "/api/v1/cards/x", { params: { slug: "\uD800" } })).status).toBe(404);
    expect(
      (await callRoute(audit.GET, "GET", "/api/v1/claims/x/audit", { token, params: { id: "\uDFFF" } })).status,
    ).toBe(404);
  });

  it("cookie writes with Origin: null, an unreadable or a foreign Origin are 403; the desk's own passes", async () => {
    const { token } = await createSession((await makeUser("analyst")).userId);
    const body = { text: "A claim from somewhere (fictional)", kind: "factual" };
    for (const origin of ["null", "http://[", "not a url", "https://evil.example", ""]) {
      const before = await rowCounts();
      const res = await callRoute(claims.POST, "POST", "/api/v1/claims", {
        headers: { cookie: `${SESSION_COOKIE}=${token}`, origin },
        body,
      });
      expect(res.status, origin).toBe(403);
      expect(await rowCounts()).toEqual(before);
    }
    const own = await callRoute(claims.POST, "POST", "/api/v1/claims", {
      headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: "http://localhost:3000" },
      body,
    });
    expect(own.status).toBe(201);
  });
});
