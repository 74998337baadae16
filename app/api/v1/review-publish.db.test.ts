// Review, workflow, publishing and card endpoints as API clients use them (bearer tokens).
import { describe, expect, it, vi } from "vitest";
import { createApiToken, createSession } from "@/lib/auth/sessions";
import { draftClaim, REVIEW } from "@/lib/testing/card-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as audit from "./claims/[id]/audit/route";
import * as corrections from "./claims/[id]/corrections/route";
import * as publish from "./claims/[id]/publish/route";
import * as reviews from "./claims/[id]/reviews/route";
import * as status from "./claims/[id]/status/route";
import * as card from "./cards/[slug]/route";
import * as feed from "./cards/feed/route";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

// Outside a Next.js server there is no data cache; record what the handlers invalidate instead.
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, unstable_cache: (fn: () => unknown) => fn }));

useTestDatabase();

async function actors() {
  const users = {
    analyst: await makeUser("analyst"),
    reviewer: await makeUser("reviewer"),
    reviewer2: await makeUser("reviewer"),
    editor: await makeUser("editor"),
  };
  const tokens = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await createApiToken(u.userId, "test")])),
  ) as Record<keyof typeof users, string>;
  return { users, tokens };
}

const post = (route: unknown, claimId: string, token: string | undefined, body: unknown, path = "") =>
  callRoute(route, "POST", `/api/v1/claims/${claimId}/${path}`, { token, params: { id: claimId }, body });
const get = (route: unknown, claimId: string, token: string | undefined) =>
  callRoute(route, "GET", `/api/v1/claims/${claimId}/x`, { token, params: { id: claimId } });

describe("review and publishing API", () => {
  it("runs a claim from draft to a corrected card, with blind reviews, and invalidates the card's cache", async () => {
    const { users, tokens } = await actors();
    const { claim } = await draftClaim(users.analyst);

    expect((await post(status.POST, claim.id, tokens.reviewer, { to: "in_review", version: 1 })).status).toBe(403);
    const submitted = await post(status.POST, claim.id, tokens.analyst, { to: "in_review", version: 1 });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: "in_review", version: 2 });

    expect((await post(reviews.POST, claim.id, tokens.reviewer, { ...REVIEW, truthVerdict: "unproven" })).status).toBe(
      201,
    );
    const blind = await get(reviews.GET, claim.id, tokens.reviewer2);
    expect(blind.json).toMatchObject({ visibility: "hidden_until_you_review", reviews: [], hiddenCount: 1 });
    expect((await post(reviews.POST, claim.id, tokens.reviewer2, { ...REVIEW, truthVerdict: "mixed" })).status).toBe(
      201,
    );
    const revised = await post(reviews.POST, claim.id, tokens.reviewer2, {
      ...REVIEW,
      truthVerdict: "mixed",
      rationale: "Revised.",
    });
    expect(revised.status).toBe(200);
    const open = await get(reviews.GET, claim.id, tokens.reviewer2);
    expect(open.json.reviews.map((r: { truthVerdict: string }) => r.truthVerdict)).toEqual(["unproven", "mixed"]);
    expect(open.json.disagreements[0].summary).toBe("2 reviews disagree on truth: Unproven vs Mixed");

    const body = {
      headline: "Velmora ferry at dawn? Unproven",
      truthVerdict: "unproven",
      attributionVerdict: "accurately_attributed",
      rationale: "Unconfirmed.",
      version: 3,
    };
    const published = await post(publish.POST, claim.id, tokens.editor, body);
    expect(published.status).toBe(201);
    expect(published.json).toMatchObject({
      number: 1,
      slug: claim.slug,
      url: `http://localhost:3000/cards/${claim.slug}`,
      claimVersion: 4,
    });
    expect(revalidateTag).toHaveBeenCalledWith(`card:${claim.slug}`, { expire: 0 });

    const read = await callRoute(card.GET, "GET", `/api/v1/cards/${claim.slug}`, { params: { slug: claim.slug } });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({
      number: 1,
      superseded: false,
      claimReview: { "@type": "ClaimReview", reviewRating: { alternateName: "Unproven" } },
    });
    expect(read.json.claimId).toBeUndefined();

    revalidateTag.mockClear();
    const corrected = await post(corrections.POST, claim.id, tokens.editor, {
      note: "Fixed the source date.",
      version: 4,
    });
    expect(corrected.status).toBe(201);
    expect(corrected.json.number).toBe(2);
    expect(revalidateTag).toHaveBeenCalledWith(`card:${claim.slug}`, { expire: 0 });
    const v1 = await callRoute(card.GET, "GET", `/api/v1/cards/${claim.slug}?version=1`, {
      params: { slug: claim.slug },
    });
    expect(v1.json).toMatchObject({ number: 1, latestNumber: 2, superseded: true });
    const bad = await callRoute(card.GET, "GET", `/api/v1/cards/${claim.slug}?version=zero`, {
      params: { slug: claim.slug },
    });
    expect(bad.status).toBe(422);

    const reviewFeed = await callRoute(feed.GET, "GET", "/api/v1/cards/feed");
    expect(reviewFeed.json.find((r: { url: string }) => r.url.endsWith(claim.slug))).toMatchObject({
      "@type": "ClaimReview",
      dateModified: corrected.json.publishedAt,
    });

    const history = await get(audit.GET, claim.id, tokens.analyst);
    expect(history.status).toBe(200);
    expect(history.json.events.map((e: { action: string }) => e.action)).toContain("correct");
  });

  it("answers 401, 404, 409 and 422 as documented", async () => {
    const { users, tokens } = await actors();
    const { claim } = await draftClaim(users.analyst, { evidence: false });
    expect((await post(status.POST, claim.id, undefined, { to: "in_review", version: 1 })).status).toBe(401);
    expect((await get(reviews.GET, claim.id, undefined)).status).toBe(401);
    expect((await get(audit.GET, claim.id, undefined)).status).toBe(401);
    expect(
      (
        await post(publish.POST, "missing", tokens.editor, {
          headline: "h",
          truthVerdict: "true",
          attributionVerdict: "not_applicable",
          rationale: "r",
          version: 1,
        })
      ).status,
    ).toBe(404);
    const illegal = await post(status.POST, claim.id, tokens.editor, { to: "verdict_proposed", version: 1 });
    expect(illegal.status).toBe(422);
    const stale = await post(status.POST, claim.id, tokens.analyst, { to: "in_review", version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.currentVersion).toBe(1);
    const gate = await post(publish.POST, claim.id, tokens.editor, {
      headline: "h",
      truthVerdict: "true",
      attributionVerdict: "not_applicable",
      rationale: "",
      version: 1,
    });
    expect(gate.status).toBe(422);
    expect(gate.json.error.fields.publish).toEqual([
      "The claim must be submitted for review first (it is Draft).",
      "At least one evidence item.",
      "At least one review.",
      "Public rationale is required.",
    ]);
    expect(
      (await callRoute(card.GET, "GET", `/api/v1/cards/${claim.slug}`, { params: { slug: claim.slug } })).status,
    ).toBe(404);
  });

  it("refuses cookie-authenticated publishing from another origin", async () => {
    const editor = await makeUser("editor");
    const { token } = await createSession(editor.userId);
    const res = await callRoute(publish.POST, "POST", "/api/v1/claims/x/publish", {
      params: { id: "x" },
      headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: "https://evil.example" },
      body: { ...REVIEW, version: 1 },
    });
    expect(res.status).toBe(403);
  });

  it("answers each role as the authorization matrix should list it", async () => {
    // The entries to add to lib/testing/access-matrix.ts; unknown ids and empty bodies must give
    // 401/403 to callers without the role and something else (404/422) to callers with it.
    const STAFF = ["analyst", "reviewer", "editor", "admin"] as const;
    const matrix: [unknown, string, string, readonly string[] | "public"][] = [
      [card.GET, "GET", "/api/v1/cards/x", "public"],
      [feed.GET, "GET", "/api/v1/cards/feed", "public"],
      [reviews.GET, "GET", "/api/v1/claims/x/reviews", STAFF],
      [reviews.POST, "POST", "/api/v1/claims/x/reviews", ["reviewer", "editor", "admin"]],
      [status.POST, "POST", "/api/v1/claims/x/status", STAFF],
      [publish.POST, "POST", "/api/v1/claims/x/publish", ["editor", "admin"]],
      [corrections.POST, "POST", "/api/v1/claims/x/corrections", ["editor", "admin"]],
      [audit.GET, "GET", "/api/v1/claims/x/audit", STAFF],
    ];
    const tokens: Record<string, string | undefined> = { anonymous: undefined };
    for (const role of STAFF) tokens[role] = await createApiToken((await makeUser(role)).userId, "matrix");
    for (const [handler, method, url, access] of matrix) {
      for (const [caller, token] of Object.entries(tokens)) {
        const res = await callRoute(handler, method, url, {
          token,
          params: { id: "x", slug: "x" },
          ...(method === "POST" ? { body: {} } : {}),
        });
        const allowed = access === "public" || (access as readonly string[]).includes(caller);
        const label = `${method} ${url} as ${caller} -> ${res.status}`;
        if (allowed) expect([401, 403, 500], label).not.toContain(res.status);
        else expect(res.status, label).toBe(caller === "anonymous" ? 401 : 403);
      }
    }
  });
});
