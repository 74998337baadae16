// Claim matches and similar claims over HTTP. Fictional text.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as accept from "./claim-matches/[id]/accept/route";
import * as dismiss from "./claim-matches/[id]/dismiss/route";
import * as possibleEvidence from "./claims/[id]/possible-evidence/route";
import * as similar from "./claims/similar/route";
import * as claims from "./claims/route";
import * as sourceMatches from "./sources/[id]/claim-matches/route";
import * as sources from "./sources/route";

const { db } = useTestDatabase();
const tokenFor = async (role: Parameters<typeof makeUser>[0]) => createApiToken((await makeUser(role)).userId, "test");

describe("claim matches API", () => {
  it("lists a source's matches, accepts one as evidence with an edited stance, and dismisses another", async () => {
    const token = await tokenFor("analyst");
    const claim = (
      await callRoute(claims.POST, "POST", "/api/v1/claims", {
        token,
        body: { text: "The Orlen ferry company raised fares in winter", kind: "factual" },
      })
    ).json;
    const source = (
      await callRoute(sources.POST, "POST", "/api/v1/sources", {
        token,
        body: {
          title: "Orlen fares",
          text: "[FICTIONAL] The Orlen ferry company raised fares in winter, riders said.\n\nThe Orlen ferry company rejected reports that it raised fares in winter.",
        },
      })
    ).json;
    const listed = await callRoute(sourceMatches.GET, "GET", `/api/v1/sources/${source.id}/claim-matches`, {
      token,
      params: { id: source.id },
    });
    expect(listed.status).toBe(200);
    const mine = listed.json.items.filter((m: { claimId: string }) => m.claimId === claim.id);
    expect(mine.map((m: { stance: string }) => m.stance)).toEqual(["supports", "contradicts"]);

    const bad = await callRoute(accept.POST, "POST", "/api/v1/claim-matches/x/accept", {
      token,
      params: { id: mine[0].id },
      body: { stance: "agrees" },
    });
    expect(bad.status).toBe(422);
    const ok = await callRoute(accept.POST, "POST", "/api/v1/claim-matches/x/accept", {
      token,
      params: { id: mine[0].id },
      body: { as: "evidence", stance: "context" },
    });
    expect(ok.status).toBe(201);
    expect(await (await db()).evidence.findUnique({ where: { id: ok.json.evidenceId } })).toMatchObject({
      stance: "context",
    });
    const dismissed = await callRoute(dismiss.POST, "POST", "/api/v1/claim-matches/x/dismiss", {
      token,
      params: { id: mine[1].id },
    });
    expect(dismissed.json).toMatchObject({ status: "dismissed" });
    const again = await callRoute(dismiss.POST, "POST", "/api/v1/claim-matches/x/dismiss", {
      token,
      params: { id: mine[1].id },
    });
    expect(again.status).toBe(409);
    const possible = await callRoute(possibleEvidence.GET, "GET", `/api/v1/claims/${claim.id}/possible-evidence`, {
      token,
      params: { id: claim.id },
    });
    expect(possible.json.items).toEqual([]);
  });

  it("answers similar claims with a warning, and 422 without text", async () => {
    const token = await tokenFor("reviewer");
    const writer = await tokenFor("analyst");
    await callRoute(claims.POST, "POST", "/api/v1/claims", {
      token: writer,
      body: { text: "The Brask lighthouse was switched off for a week", kind: "factual" },
    });
    const found = await callRoute(
      similar.GET,
      "GET",
      `/api/v1/claims/similar?text=${encodeURIComponent("For a week the Brask lighthouse was switched off")}`,
      { token },
    );
    expect(found.status).toBe(200);
    expect(found.json.warning).toBe(true);
    expect(found.json.items[0].text).toBe("The Brask lighthouse was switched off for a week");
    expect((await callRoute(similar.GET, "GET", "/api/v1/claims/similar", { token })).status).toBe(422);
  });
});
