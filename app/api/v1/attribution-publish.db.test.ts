// Issue 11 acceptance through the API: the attribution chain reaches the card, the internal note never
// does, duplicates are refused, and every record can be corrected with 409 on a stale version.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { REVIEW } from "@/lib/testing/card-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import { ClaimCard } from "@/components/cards/ClaimCard";
import { buildClaimReview, jsonLdScriptContent } from "@/lib/cards/claim-review";
import { getPublishedCard } from "@/lib/services/cards";
import * as atom from "../../cards/feed.xml/route";
import * as embed from "../../embed/[slug]/route";
import * as actor from "./actors/[id]/route";
import * as card from "./cards/[slug]/route";
import * as feed from "./cards/feed/route";
import * as claims from "./claims/route";
import * as evidenceItem from "./claims/[id]/evidence/[evidenceId]/route";
import * as evidence from "./claims/[id]/evidence/route";
import * as publish from "./claims/[id]/publish/route";
import * as reviews from "./claims/[id]/reviews/route";
import * as status from "./claims/[id]/status/route";
import * as openapi from "./openapi.json/route";
import * as sources from "./sources/route";
import * as source from "./sources/[id]/route";
import * as statements from "./statements/route";
import * as statement from "./statements/[id]/route";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, unstable_cache: (fn: () => unknown) => fn }));

useTestDatabase();

const INTERNAL = "INTERNAL-ONLY: the harbour clerk is our cousin";
const PUBLIC = "The mayor repeated this at the council meeting the same evening.";
const article = (marker: string) => `[FICTIONAL TEST ARTICLE ${marker}]
Velmora, 3 March. Mayor Ilsa Brandt told the Velmora Post that the night ferry would resume at dawn on Friday, reportedly after repairs.
The harbour authority did not comment.`;
const WORDS = "the night ferry would resume at dawn on Friday";

async function team() {
  const users = {
    analyst: await makeUser("analyst"),
    reviewer: await makeUser("reviewer"),
    reviewer2: await makeUser("reviewer"),
    editor: await makeUser("editor"),
  };
  const entries = await Promise.all(
    Object.entries(users).map(async ([k, u]) => [k, await createApiToken(u.userId, "test")] as const),
  );
  return Object.fromEntries(entries) as Record<keyof typeof users, string>;
}

const call = (handler: unknown, method: string, path: string, token?: string, body?: unknown, params = {}) =>
  callRoute(handler, method, `/api/v1${path}`, { token, body, params });

describe("attribution and notes on the published card", () => {
  it("names speaker and intermediary, shows the public note and never the internal one", async () => {
    const tokens = await team();
    const imported = await call(sources.POST, "POST", "/sources", tokens.analyst, {
      title: "Night ferry to resume",
      publisher: "Velmora Post",
      text: article("card"),
    });
    expect(imported.status).toBe(201);
    const sourceId = imported.json.id;

    const recorded = await call(statements.POST, "POST", "/statements", tokens.analyst, {
      sourceId,
      quote: { exact: WORDS },
      newSpeaker: { name: "Ilsa Brandt", kind: "person" },
      newVia: { name: "Velmora Post", kind: "outlet" },
      cue: "told",
      kind: "indirect",
      hedges: ["reportedly"],
    });
    expect(recorded.status).toBe(201);
    expect(recorded.json.hedges).toEqual(["reportedly"]);

    const claim = await call(claims.POST, "POST", "/claims", tokens.analyst, {
      text: "The Velmora night ferry resumes on Friday",
      kind: "factual",
    });
    expect(claim.status).toBe(201);
    const claimId = claim.json.id;
    const added = await call(
      evidence.POST,
      "POST",
      `/claims/${claimId}/evidence`,
      tokens.analyst,
      { sourceId, quote: { exact: WORDS }, stance: "supports", note: INTERNAL, publicNote: PUBLIC },
      { id: claimId },
    );
    expect(added.status).toBe(201);
    // Evidence on a recorded statement's words is linked to it without being asked.
    expect(added.json.statementId).toBe(recorded.json.id);

    const to = (body: unknown, route: unknown, path: string, token: string) =>
      call(route, "POST", `/claims/${claimId}/${path}`, token, body, { id: claimId });
    expect((await to({ to: "in_review", version: 1 }, status.POST, "status", tokens.analyst)).status).toBe(200);
    expect((await to(REVIEW, reviews.POST, "reviews", tokens.reviewer)).status).toBe(201);
    expect((await to(REVIEW, reviews.POST, "reviews", tokens.reviewer2)).status).toBe(201);
    const published = await to(
      {
        headline: "Night ferry on Friday? Unproven",
        truthVerdict: "unproven",
        attributionVerdict: "accurately_attributed",
        rationale: "Only the mayor says so, through one paper.",
        version: 3, // submitted (2), first review proposes a verdict (3)
      },
      publish.POST,
      "publish",
      tokens.editor,
    );
    expect(published.status).toBe(201);
    const slug = published.json.slug;

    const read = await callRoute(card.GET, "GET", `/api/v1/cards/${slug}`, { params: { slug } });
    expect(read.status).toBe(200);
    const [item] = read.json.content.evidence;
    expect(item.chain).toEqual([
      { role: "speaker", label: "Ilsa Brandt", kind: "person" },
      { role: "via", label: "Velmora Post" },
      { role: "source", label: "Night ferry to resume" },
      { role: "publisher", label: "Velmora Post" },
    ]);
    expect(item.weaknesses).toEqual(["via intermediary", "paraphrased", "hedged: reportedly"]);
    expect(item.publicNote).toBe(PUBLIC);
    expect(read.json.content.attributions[0]).toMatchObject({ speaker: "Ilsa Brandt", via: ["Velmora Post"] });
    // ClaimReview names the same speaker as the claim's author (the claim has no claimant).
    expect(read.json.claimReview.itemReviewed.author).toEqual({ "@type": "Person", name: "Ilsa Brandt" });

    // The HTML the card page renders (the same component and data the page uses).
    const cardData = await getPublishedCard(slug);
    const html = renderToStaticMarkup(createElement(ClaimCard, { card: cardData, baseUrl: "http://localhost:3000" }));
    expect(html).toContain("Ilsa Brandt");
    expect(html).toContain("via</span> Velmora Post");
    expect(html).toContain(PUBLIC);
    const jsonLd = jsonLdScriptContent(buildClaimReview(cardData, `http://localhost:3000/cards/${slug}`, "x"));

    const embedded = await callRoute(embed.GET, "GET", `/embed/${slug}`, { params: { slug } });
    const feedJson = await callRoute(feed.GET, "GET", "/api/v1/cards/feed");
    const feedAtom = await callRoute(atom.GET, "GET", "/cards/feed.xml");
    expect(embedded.status).toBe(200);
    expect(feedAtom.status).toBe(200);
    const stored = await (await getDb()).cardVersion.findMany({ where: { claimId } });
    // Every public surface (the OG image draws from the same PublishedCard) and the stored snapshot.
    for (const [surface, body] of Object.entries({
      html,
      jsonLd,
      api: JSON.stringify(read.json),
      og: JSON.stringify(cardData),
      embed: String(embedded.json),
      feedJson: JSON.stringify(feedJson.json),
      feedAtom: String(feedAtom.json),
      snapshot: stored.map((v) => v.content).join(),
    })) {
      expect(body, surface).not.toContain("INTERNAL-ONLY");
      expect(body, surface).not.toContain("cousin");
    }
  });
});

describe("duplicates and corrections through the API", () => {
  it("refuses the same text twice with the existing id, unless allowDuplicate", async () => {
    const tokens = await team();
    const body = { title: "Ferry", text: article("duplicate") };
    const first = await call(sources.POST, "POST", "/sources", tokens.analyst, body);
    expect(first.status).toBe(201);
    const again = await call(sources.POST, "POST", "/sources", tokens.analyst, { ...body, title: "Ferry (copy)" });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: "duplicate", existingId: first.json.id });
    expect(await (await getDb()).source.count({ where: { title: "Ferry (copy)" } })).toBe(0);
    const forced = await call(sources.POST, "POST", "/sources", tokens.analyst, { ...body, allowDuplicate: true });
    expect(forced.status).toBe(201);

    const claim = await call(claims.POST, "POST", "/claims", tokens.analyst, {
      text: "The ferry sank.",
      kind: "factual",
    });
    const same = await call(claims.POST, "POST", "/claims", tokens.analyst, {
      text: "  the FERRY sank ",
      kind: "factual",
    });
    expect(same.status).toBe(409);
    expect(same.json.error).toMatchObject({ code: "duplicate", existingId: claim.json.id });
    const anyway = await call(claims.POST, "POST", "/claims", tokens.analyst, {
      text: "the ferry sank",
      kind: "factual",
      allowDuplicate: true,
    });
    expect(anyway.status).toBe(201);
  });

  it("PATCHes actors, sources, statements and evidence with 409 on a stale version, audited", async () => {
    const tokens = await team();
    const sourceId = (
      await call(sources.POST, "POST", "/sources", tokens.analyst, { title: "Ferry", text: article("patch") })
    ).json.id;
    const st = (
      await call(statements.POST, "POST", "/statements", tokens.analyst, {
        sourceId,
        quote: { exact: WORDS },
        newSpeaker: { name: "Velmora", kind: "person" },
        kind: "direct",
      })
    ).json;
    const patch = (route: unknown, path: string, body: unknown, params: Record<string, string>) =>
      call(route, "PATCH", path, tokens.analyst, body, params);

    const actorId = st.speaker.id;
    const changed = await patch(actor.PATCH, `/actors/${actorId}`, { kind: "government", version: 1 }, { id: actorId });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ kind: "government", version: 2 });
    const stale = await patch(actor.PATCH, `/actors/${actorId}`, { kind: "person", version: 1 }, { id: actorId });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({ currentVersion: 2 });
    expect(stale.json.error.message).toMatch(/changed by .+ since you opened it/);
    expect(
      (await patch(actor.PATCH, `/actors/${actorId}`, { kind: "planet", version: 2 }, { id: actorId })).status,
    ).toBe(422);

    const meta = await patch(
      source.PATCH,
      `/sources/${sourceId}`,
      { publisher: "Velmora Post", version: 1 },
      { id: sourceId },
    );
    expect(meta.json).toMatchObject({ publisher: "Velmora Post", version: 2 });
    expect(
      (await patch(source.PATCH, `/sources/${sourceId}`, { title: "x", version: 1 }, { id: sourceId })).status,
    ).toBe(409);

    const edited = await patch(
      statement.PATCH,
      `/statements/${st.id}`,
      { newVia: { name: "Velmora Post", kind: "outlet" }, hedges: ["allegedly"], anonymous: true, version: 1 },
      { id: st.id },
    );
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ via: { name: "Velmora Post" }, hedges: ["allegedly"], anonymous: true });
    expect(
      (await patch(statement.PATCH, `/statements/${st.id}`, { cue: "said", version: 1 }, { id: st.id })).status,
    ).toBe(409);

    const claimId = (
      await call(claims.POST, "POST", "/claims", tokens.analyst, { text: "Ferry at dawn", kind: "factual" })
    ).json.id;
    const ev = (
      await call(
        evidence.POST,
        "POST",
        `/claims/${claimId}/evidence`,
        tokens.analyst,
        { sourceId, quote: { exact: "did not comment" }, stance: "context", note: "check" },
        { id: claimId },
      )
    ).json;
    expect(ev.statementId).toBeNull();
    const params = { id: claimId, evidenceId: ev.id };
    const relinked = await patch(
      evidenceItem.PATCH,
      `/claims/${claimId}/evidence/${ev.id}`,
      { stance: "contradicts", publicNote: "No comment was given.", note: "", statementId: st.id, version: 1 },
      params,
    );
    expect(relinked.json).toMatchObject({
      stance: "contradicts",
      publicNote: "No comment was given.",
      note: null,
      statementId: st.id,
      version: 2,
    });
    expect((await patch(evidenceItem.PATCH, "/x", { stance: "supports", version: 1 }, params)).status).toBe(409);
    expect((await call(evidenceItem.PATCH, "PATCH", "/x", tokens.reviewer, { version: 2 }, params)).status).toBe(403);

    const audit = await (await getDb()).auditEvent.findFirst({ where: { entityId: ev.id, action: "update" } });
    expect(JSON.parse(audit!.before!)).toEqual({
      stance: "context",
      note: "check",
      publicNote: null,
      statementId: null,
      version: 1,
    });

    const doc = await callRoute(openapi.GET, "GET", "/api/v1/openapi.json");
    for (const path of ["/actors/{id}", "/sources/{id}", "/statements/{id}", "/claims/{id}/evidence/{evidenceId}"])
      expect(doc.json.paths[path].patch, path).toBeDefined();
  });
});
