// Every documented operation answered with real data, as API clients call it: each answer must fit the
// response schema that shapes it (a misfit is a 500, so these statuses prove the OpenAPI is true).
import { describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { draftClaim, REVIEW, team } from "@/lib/testing/card-fixtures";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as activity from "./activity/route";
import * as actorAlias from "./actors/[id]/aliases/[aliasId]/route";
import * as actorAliases from "./actors/[id]/aliases/route";
import * as actorMerge from "./actors/[id]/merge/route";
import * as actor from "./actors/[id]/route";
import * as actors from "./actors/route";
import * as cards from "./cards/route";
import * as claimActivity from "./claims/[id]/activity/route";
import * as appearance from "./claims/[id]/appearances/[appearanceId]/route";
import * as appearances from "./claims/[id]/appearances/route";
import * as assignment from "./claims/[id]/assignment/route";
import * as audit from "./claims/[id]/audit/route";
import * as corrections from "./claims/[id]/corrections/route";
import * as evidenceReanchor from "./claims/[id]/evidence/[evidenceId]/reanchor/route";
import * as evidenceItem from "./claims/[id]/evidence/[evidenceId]/route";
import * as evidence from "./claims/[id]/evidence/route";
import * as follow from "./claims/[id]/follow/route";
import * as possibleEvidence from "./claims/[id]/possible-evidence/route";
import * as publish from "./claims/[id]/publish/route";
import * as relation from "./claims/[id]/relations/[relationId]/route";
import * as relations from "./claims/[id]/relations/route";
import * as reviews from "./claims/[id]/reviews/route";
import * as status from "./claims/[id]/status/route";
import * as claims from "./claims/route";
import * as comment from "./comments/[id]/route";
import * as comments from "./comments/route";
import * as exportsRoute from "./exports/[dataset]/route";
import * as claimReviewImport from "./imports/claimreview/route";
import * as myWork from "./my-work/route";
import * as notificationSettings from "./notifications/settings/route";
import * as notifications from "./notifications/route";
import * as revisions from "./sources/[id]/revisions/route";
import * as sources from "./sources/route";
import * as statementReanchor from "./statements/[id]/reanchor/route";
import * as statement from "./statements/[id]/route";
import * as statements from "./statements/route";
import * as users from "./users/[id]/route";
import * as usersList from "./users/route";
import * as deliveries from "./webhooks/[id]/deliveries/route";
import * as webhook from "./webhooks/[id]/route";
import * as replay from "./webhooks/deliveries/[id]/replay/route";
import * as webhookSettings from "./webhooks/settings/route";
import * as webhooks from "./webhooks/route";

// Outside a Next.js server there is no data cache.
vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));

useTestDatabase();

type Call = { token: string; params?: Record<string, string>; body?: unknown };
const ok = async (handler: unknown, method: string, path: string, call: Call) => {
  const res = await callRoute(handler, method, path, call);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
  return res.json;
};

describe("every operation answers in its documented shape", () => {
  it("records: sources, actors, statements, claims, evidence, appearances and relations", async () => {
    const people = await team();
    const analyst = await createApiToken(people.analyst.userId, "t");
    const editor = await createApiToken(people.editor.userId, "t");
    const { claim, source, evidence: item } = await draftClaim(people.analyst);
    const other = await ok(claims.POST, "POST", "/api/v1/claims", {
      token: analyst,
      body: { text: "Brask disputes the Velmora ferry timetable", kind: "factual" },
    });

    expect((await ok(sources.GET, "GET", "/api/v1/sources", { token: analyst })).items.length).toBeGreaterThan(0);
    const revisionList = await ok(revisions.GET, "GET", "/x", { token: analyst, params: { id: source.id } });
    expect(revisionList.items[0]).toMatchObject({ number: 1 });

    const speaker = await ok(actors.POST, "POST", "/api/v1/actors", {
      token: analyst,
      body: { name: "Pia Lund", kind: "person" },
    });
    const twin = await ok(actors.POST, "POST", "/api/v1/actors", {
      token: analyst,
      body: { name: "P. Lund", kind: "person" },
    });
    const alias = await ok(actorAliases.POST, "POST", "/x", {
      token: analyst,
      params: { id: speaker.id },
      body: { alias: "the spokesperson" },
    });
    await ok(actorAlias.DELETE, "DELETE", "/x", { token: analyst, params: { id: speaker.id, aliasId: alias.id } });
    await ok(actorMerge.POST, "POST", "/x", { token: editor, params: { id: speaker.id }, body: { mergeId: twin.id } });

    const said = await ok(statements.POST, "POST", "/api/v1/statements", {
      token: analyst,
      body: {
        sourceId: source.id,
        quote: { exact: "We expect the first sailing at dawn" },
        speakerId: speaker.id,
        kind: "direct",
        hedges: ["expect"],
      },
    });
    expect(said.hedges).toEqual(["expect"]);
    await ok(statement.GET, "GET", "/x", { token: analyst, params: { id: said.id } });
    await ok(statementReanchor.POST, "POST", "/x", {
      token: analyst,
      params: { id: said.id },
      body: { quote: { exact: "We expect the first sailing at dawn" } },
    });
    const profile = await ok(actor.GET, "GET", "/x", { token: analyst, params: { id: speaker.id } });
    expect(profile.statements).toHaveLength(1);
    expect(profile.aliases.map((a: { alias: string }) => a.alias)).toContain("P. Lund");

    const listed = await ok(evidence.GET, "GET", "/x", { token: analyst, params: { id: claim.id } });
    expect(listed[0].source.title).toBe("Velmora ferry");
    const params = { id: claim.id, evidenceId: item!.id };
    await ok(evidenceItem.GET, "GET", "/x", { token: analyst, params });
    await ok(evidenceReanchor.POST, "POST", "/x", {
      token: analyst,
      params,
      body: { quote: { exact: "We expect the first sailing at dawn" } },
    });
    await ok(possibleEvidence.GET, "GET", "/x", { token: analyst, params: { id: claim.id } });

    const seen = await ok(appearances.POST, "POST", "/x", {
      token: analyst,
      params: { id: claim.id },
      body: { sourceId: source.id, statementId: said.id },
    });
    const where = await ok(appearances.GET, "GET", "/x", { token: analyst, params: { id: claim.id } });
    expect(where.items[0]).toMatchObject({ first: true, statement: { speaker: { name: "Pia Lund" } } });
    await ok(appearance.DELETE, "DELETE", "/x", { token: analyst, params: { id: claim.id, appearanceId: seen.id } });

    const related = await ok(relations.POST, "POST", "/x", {
      token: analyst,
      params: { id: claim.id },
      body: { toClaimId: other.id, kind: "contradicts" },
    });
    await ok(relation.DELETE, "DELETE", "/x", { token: analyst, params: { id: claim.id, relationId: related.id } });
    await ok(evidenceItem.DELETE, "DELETE", "/x", { token: analyst, params });
    await ok(statement.DELETE, "DELETE", "/x", { token: analyst, params: { id: said.id } });

    const csv = await callRoute(exportsRoute.GET, "GET", "/api/v1/exports/claims?format=csv", {
      token: analyst,
      params: { dataset: "claims" },
    });
    expect(csv.status).toBe(200);
    const imported = await ok(claimReviewImport.POST, "POST", "/api/v1/imports/claimreview", {
      token: analyst,
      body: {
        json: {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          claimReviewed: "The Velmora ferry never ran in winter (fictional)",
          author: { "@type": "Organization", name: "Brask Fact Desk (fictional)" },
          reviewRating: { "@type": "Rating", alternateName: "False" },
        },
      },
    });
    expect(imported.items[0].outcome).toBe("created");
  });

  it("workflow and team: assignment, comments, reviews, publishing, history, notifications, users, webhooks", async () => {
    const people = await team();
    const [analyst, reviewer, reviewer2, editor, admin] = await Promise.all(
      [people.analyst, people.reviewer, people.reviewer2, people.editor, people.admin].map((u) =>
        createApiToken(u.userId, "t"),
      ),
    );
    const { claim } = await draftClaim(people.analyst);
    const id = { id: claim.id };

    await ok(webhookSettings.PUT, "PUT", "/x", { token: admin, body: { allowPrivateAddresses: true } });
    const hook = await ok(webhooks.POST, "POST", "/api/v1/webhooks", {
      token: admin,
      body: { url: "http://127.0.0.1:9/hook", events: ["card.published", "claim.status_changed"] },
    });
    expect(hook.secret).toMatch(/^whsec_/);

    await ok(assignment.PUT, "PUT", "/x", {
      token: editor,
      params: id,
      body: { assigneeId: people.analyst.userId, reviewerIds: [people.reviewer.userId], dueAt: "2026-12-24" },
    });
    expect((await ok(assignment.GET, "GET", "/x", { token: analyst, params: id })).assignee.id).toBe(
      people.analyst.userId,
    );
    await ok(follow.PUT, "PUT", "/x", { token: reviewer2, params: id });
    await ok(follow.DELETE, "DELETE", "/x", { token: reviewer2, params: id });
    expect((await ok(myWork.GET, "GET", "/x", { token: analyst })).assigned).toHaveLength(1);

    const note = await ok(comments.POST, "POST", "/api/v1/comments", {
      token: editor,
      body: { targetType: "claim", targetId: claim.id, body: "Check the timetable with the harbour." },
    });
    await ok(comment.PATCH, "PATCH", "/x", { token: editor, params: { id: note.id }, body: { body: "Call Brask." } });
    const thread = await ok(comments.GET, "GET", `/api/v1/comments?targetType=claim&targetId=${claim.id}`, {
      token: analyst,
    });
    expect(thread.comments[0]).toMatchObject({ body: "Call Brask.", canEdit: false });
    await ok(comment.DELETE, "DELETE", "/x", { token: editor, params: { id: note.id } });

    await ok(status.POST, "POST", "/x", { token: analyst, params: id, body: { to: "in_review", version: 1 } });
    await ok(reviews.POST, "POST", "/x", { token: reviewer, params: id, body: REVIEW });
    await ok(reviews.POST, "POST", "/x", { token: reviewer2, params: id, body: REVIEW });
    expect((await ok(reviews.GET, "GET", "/x", { token: reviewer, params: id })).reviews).toHaveLength(2);
    await ok(publish.POST, "POST", "/x", {
      token: editor,
      params: id,
      body: { headline: "Velmora ferry at dawn? Unproven", ...REVIEW, version: 3 },
    });
    const corrected = await ok(corrections.POST, "POST", "/x", {
      token: editor,
      params: id,
      body: { note: "The harbour confirmed the time.", version: 4 },
    });
    expect(corrected.number).toBe(2);
    expect((await ok(cards.GET, "GET", "/api/v1/cards", { token: analyst })).items.length).toBeGreaterThan(0);

    const history = await ok(audit.GET, "GET", "/x", { token: editor, params: id });
    expect(history.events.length).toBeGreaterThan(3);
    expect((await ok(claimActivity.GET, "GET", "/x", { token: editor, params: id })).items.length).toBeGreaterThan(3);
    expect((await ok(activity.GET, "GET", "/api/v1/activity", { token: editor })).items.length).toBeGreaterThan(3);

    const inbox = await ok(notifications.GET, "GET", "/api/v1/notifications", { token: analyst });
    expect(inbox.items.length).toBeGreaterThan(0);
    const settings = await ok(notificationSettings.PUT, "PUT", "/x", {
      token: analyst,
      body: { settings: [{ kind: "assigned", inApp: false }] },
    });
    expect(settings.settings.find((s: { kind: string }) => s.kind === "assigned").inApp).toBe(false);

    const log = await ok(deliveries.GET, "GET", "/x", { token: admin, params: { id: hook.id } });
    expect(log.deliveries.length).toBeGreaterThan(0);
    await ok(replay.POST, "POST", "/x", { token: admin, params: { id: log.deliveries[0].id } });
    await ok(webhook.DELETE, "DELETE", "/x", { token: admin, params: { id: hook.id } });

    const added = await ok(usersList.POST, "POST", "/api/v1/users", {
      token: admin,
      body: { email: "new.analyst@velmora.test", role: "analyst", password: "a long enough password" },
    });
    expect(added).not.toHaveProperty("passwordHash");
    await ok(users.DELETE, "DELETE", "/x", { token: admin, params: { id: added.id } });
  });
});
