// The analyst workspace over HTTP: statements, suggestions, revisions, relations, appearances, actors.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as actorMerge from "./actors/[id]/merge/route";
import * as actorAliases from "./actors/[id]/aliases/route";
import * as actorAlias from "./actors/[id]/aliases/[aliasId]/route";
import * as actorOne from "./actors/[id]/route";
import * as actors from "./actors/route";
import * as appearances from "./claims/[id]/appearances/route";
import * as evidence from "./claims/[id]/evidence/route";
import * as evidenceOne from "./claims/[id]/evidence/[evidenceId]/route";
import * as evidenceReanchor from "./claims/[id]/evidence/[evidenceId]/reanchor/route";
import * as relations from "./claims/[id]/relations/route";
import * as relationOne from "./claims/[id]/relations/[relationId]/route";
import * as claims from "./claims/route";
import * as revisions from "./sources/[id]/revisions/route";
import * as sourceStatements from "./sources/[id]/statements/route";
import * as sourceSuggestions from "./sources/[id]/suggestions/route";
import * as sources from "./sources/route";
import * as statements from "./statements/route";
import * as statementOne from "./statements/[id]/route";
import * as accept from "./suggestions/[id]/accept/route";
import * as dismiss from "./suggestions/[id]/dismiss/route";

const { db } = useTestDatabase();
const tokenFor = async (role: Parameters<typeof makeUser>[0]) => createApiToken((await makeUser(role)).userId, "test");
const TEXT = `[FICTIONAL] The council of Orlen met on Tuesday.

"The bridge will reopen in May," said Oda Virtanen, the council's engineer.

Residents said the closure had cut the town in two.`;
const QUOTE = "The bridge will reopen in May,";

const rowCounts = async () => {
  const d = await db();
  return Promise.all([
    d.statement.count(),
    d.sourceRevision.count(),
    d.evidence.count(),
    d.actor.count(),
    d.actorAlias.count(),
    d.claimRelation.count(),
    d.claimAppearance.count(),
    d.suggestion.count({ where: { status: "pending" } }),
    d.auditEvent.count(),
  ]);
};

async function workspace(token: string) {
  const source = (
    await callRoute(sources.POST, "POST", "/api/v1/sources", {
      token,
      body: { title: "Orlen bridge", text: TEXT, allowDuplicate: true },
    })
  ).json;
  const actor = (
    await callRoute(actors.POST, "POST", "/api/v1/actors", { token, body: { name: "Oda Virtanen", kind: "person" } })
  ).json;
  const claim = (
    await callRoute(claims.POST, "POST", "/api/v1/claims", {
      token,
      body: { text: "The Orlen bridge reopens in May", kind: "factual", allowDuplicate: true },
    })
  ).json;
  const other = (
    await callRoute(claims.POST, "POST", "/api/v1/claims", {
      token,
      body: { text: "The Orlen bridge stays shut all year", kind: "factual", allowDuplicate: true },
    })
  ).json;
  return { source, actor, claim, other };
}

describe("workspace API", () => {
  it("answers every new mutating endpoint with 401 for anonymous callers", async () => {
    const p = { id: "x", relationId: "y", appearanceId: "y", evidenceId: "y", aliasId: "y" };
    const calls = [
      callRoute(statements.POST, "POST", "/api/v1/statements", { body: {} }),
      callRoute(statementOne.DELETE, "DELETE", "/api/v1/statements/x", { params: p }),
      callRoute(revisions.POST, "POST", "/api/v1/sources/x/revisions", { params: p, body: { text: "x" } }),
      callRoute(accept.POST, "POST", "/api/v1/suggestions/x/accept", { params: p }),
      callRoute(dismiss.POST, "POST", "/api/v1/suggestions/x/dismiss", { params: p }),
      callRoute(relations.POST, "POST", "/api/v1/claims/x/relations", { params: p, body: {} }),
      callRoute(relationOne.DELETE, "DELETE", "/api/v1/claims/x/relations/y", { params: p }),
      callRoute(appearances.POST, "POST", "/api/v1/claims/x/appearances", { params: p, body: {} }),
      callRoute(evidenceOne.DELETE, "DELETE", "/api/v1/claims/x/evidence/y", { params: p }),
      callRoute(evidenceReanchor.POST, "POST", "/api/v1/claims/x/evidence/y/reanchor", { params: p, body: {} }),
      callRoute(actorMerge.POST, "POST", "/api/v1/actors/x/merge", { params: p, body: {} }),
      callRoute(actorAliases.POST, "POST", "/api/v1/actors/x/aliases", { params: p, body: {} }),
      callRoute(actorAlias.DELETE, "DELETE", "/api/v1/actors/x/aliases/y", { params: p }),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(401);
  });

  it("records statements, accepts and dismisses suggestions, uploads revisions, relates claims and merges actors", async () => {
    const token = await tokenFor("editor");
    const { source, actor, claim, other } = await workspace(token);
    const start = TEXT.indexOf(QUOTE);
    const st = await callRoute(statements.POST, "POST", "/api/v1/statements", {
      token,
      body: {
        sourceId: source.id,
        quote: { exact: QUOTE, start, end: start + QUOTE.length },
        speakerId: actor.id,
        kind: "direct",
        cue: "said",
      },
    });
    expect(st.status).toBe(201);
    expect(st.json).toMatchObject({ exact: QUOTE, start, speaker: { name: "Oda Virtanen" } });
    expect(
      (
        await callRoute(sourceStatements.GET, "GET", `/api/v1/sources/${source.id}/statements`, {
          token,
          params: { id: source.id },
        })
      ).json.items,
    ).toHaveLength(1);
    expect(
      (await callRoute(statements.GET, "GET", `/api/v1/statements?sourceId=${source.id}`, { token })).json.items,
    ).toHaveLength(1);

    // The manual statement covers the extractor's proposal for the same words, so it is not listed.
    const pending = (
      await callRoute(sourceSuggestions.GET, "GET", `/api/v1/sources/${source.id}/suggestions`, {
        token,
        params: { id: source.id },
      })
    ).json.items;
    expect(pending.map((s: { text: string }) => s.text)).not.toContain("The bridge will reopen in May");
    const second = await callRoute(revisions.POST, "POST", `/api/v1/sources/${source.id}/revisions`, {
      token,
      params: { id: source.id },
      body: { text: TEXT + '\n\n"We will vote in June," said Lars Brink, the mayor.' },
    });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ number: 2, reanchor: { needsReview: 0 } });
    const proposals = (
      await callRoute(sourceSuggestions.GET, "GET", `/api/v1/sources/${source.id}/suggestions`, {
        token,
        params: { id: source.id },
      })
    ).json.items;
    const brink = proposals.find((s: { speakerName: string }) => s.speakerName === "Lars Brink");
    const accepted = await callRoute(accept.POST, "POST", `/api/v1/suggestions/${brink.id}/accept`, {
      token,
      params: { id: brink.id },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.json.speaker.name).toBe("Lars Brink");
    expect(
      (
        await callRoute(accept.POST, "POST", `/api/v1/suggestions/${brink.id}/accept`, {
          token,
          params: { id: brink.id },
        })
      ).status,
    ).toBe(409);
    const rest = proposals.filter((s: { id: string }) => s.id !== brink.id);
    for (const s of rest)
      expect(
        (await callRoute(dismiss.POST, "POST", `/api/v1/suggestions/${s.id}/dismiss`, { token, params: { id: s.id } }))
          .status,
      ).toBe(200);
    expect(
      (
        await callRoute(sourceSuggestions.GET, "GET", `/api/v1/sources/${source.id}/suggestions`, {
          token,
          params: { id: source.id },
        })
      ).json.items,
    ).toEqual([]);

    const ev = (
      await callRoute(evidence.POST, "POST", `/api/v1/claims/${claim.id}/evidence`, {
        token,
        params: { id: claim.id },
        body: { sourceId: source.id, quote: { exact: "the closure had cut the town in two" }, stance: "context" },
      })
    ).json;
    const rel = await callRoute(relations.POST, "POST", `/api/v1/claims/${claim.id}/relations`, {
      token,
      params: { id: claim.id },
      body: { toClaimId: other.id, kind: "contradicts" },
    });
    expect(rel.status).toBe(201);
    expect(
      (
        await callRoute(relations.GET, "GET", `/api/v1/claims/${other.id}/relations`, {
          token,
          params: { id: other.id },
        })
      ).json.items[0],
    ).toMatchObject({ direction: "in", kind: "contradicts" });
    expect(
      (await callRoute(relationOne.DELETE, "DELETE", "/", { token, params: { id: claim.id, relationId: rel.json.id } }))
        .status,
    ).toBe(200);
    const app = await callRoute(appearances.POST, "POST", `/api/v1/claims/${claim.id}/appearances`, {
      token,
      params: { id: claim.id },
      body: { sourceId: source.id, statementId: st.json.id },
    });
    expect(app.status).toBe(201);
    expect(
      (
        await callRoute(appearances.POST, "POST", "/", {
          token,
          params: { id: claim.id },
          body: { sourceId: source.id },
        })
      ).status,
    ).toBe(409);
    expect(
      (await callRoute(appearances.GET, "GET", "/", { token, params: { id: claim.id } })).json.items[0],
    ).toMatchObject({ first: true });

    const third = await callRoute(revisions.POST, "POST", `/api/v1/sources/${source.id}/revisions`, {
      token,
      params: { id: source.id },
      body: { text: TEXT.replace("Residents said the closure had cut the town in two.", "Residents were pleased.") },
    });
    // The closure evidence and the Brink statement (its paragraph is gone) both need a person now.
    expect(third.json.reanchor).toMatchObject({ needsReview: 2 });
    expect(
      (await callRoute(evidenceOne.GET, "GET", "/", { token, params: { id: claim.id, evidenceId: ev.id } })).json
        .anchorStatus,
    ).toBe("needs_review");
    const fixed = await callRoute(evidenceReanchor.POST, "POST", "/", {
      token,
      params: { id: claim.id, evidenceId: ev.id },
      body: { quote: { exact: "Residents were pleased." } },
    });
    expect(fixed.json).toMatchObject({ anchorStatus: "anchored", exact: "Residents were pleased." });
    expect(
      (await callRoute(evidenceOne.DELETE, "DELETE", "/", { token, params: { id: other.id, evidenceId: ev.id } }))
        .status,
    ).toBe(404);
    expect(
      (await callRoute(evidenceOne.DELETE, "DELETE", "/", { token, params: { id: claim.id, evidenceId: ev.id } }))
        .status,
    ).toBe(200);

    const dup = (
      await callRoute(actors.POST, "POST", "/api/v1/actors", { token, body: { name: "O. Virtanen", kind: "person" } })
    ).json;
    const alias = await callRoute(actorAliases.POST, "POST", "/", {
      token,
      params: { id: actor.id },
      body: { alias: "Virtanen" },
    });
    expect(alias.status).toBe(201);
    const merged = await callRoute(actorMerge.POST, "POST", "/", {
      token,
      params: { id: actor.id },
      body: { mergeId: dup.id },
    });
    expect(merged.status).toBe(200);
    const profile = (await callRoute(actorOne.GET, "GET", "/", { token, params: { id: actor.id } })).json;
    expect(profile.aliases.map((a: { alias: string }) => a.alias).sort()).toEqual(["O. Virtanen", "Virtanen"]);
    expect(profile.statements).toHaveLength(1);
    expect((await callRoute(actorOne.GET, "GET", "/", { token, params: { id: dup.id } })).status).toBe(404);
  });

  it("turns bad input into 422 with field messages and leaves data untouched", async () => {
    const token = await tokenFor("analyst");
    const { source, actor, claim } = await workspace(token);
    const suggestion = (await callRoute(sourceSuggestions.GET, "GET", "/", { token, params: { id: source.id } })).json
      .items[0];
    const before = await rowCounts();
    const expect422 = async (
      res: Promise<{ status: number; json: { error: { fields: Record<string, string[]> } } }>,
      fields: string[],
    ) => {
      const r = await res;
      expect(r.status, JSON.stringify(r.json)).toBe(422);
      expect(Object.keys(r.json.error.fields).sort()).toEqual(fields);
    };
    await expect422(
      callRoute(statements.POST, "POST", "/", {
        token,
        body: {
          sourceId: source.id,
          quote: { exact: QUOTE, start: 3, end: 3 + QUOTE.length },
          speakerId: actor.id,
          kind: "direct",
        },
      }),
      ["quote.exact"],
    );
    await expect422(
      callRoute(statements.POST, "POST", "/", {
        token,
        body: { sourceId: source.id, quote: { exact: "" }, kind: "hearsay", hedges: 7 },
      }),
      ["hedges", "kind", "quote.exact"],
    );
    await expect422(
      callRoute(statements.POST, "POST", "/", {
        token,
        body: { sourceId: source.id, quote: { exact: QUOTE }, speakerId: "ghost", kind: "direct" },
      }),
      ["speakerId"],
    );
    await expect422(
      callRoute(revisions.POST, "POST", "/", { token, params: { id: source.id }, body: { text: TEXT } }),
      ["text"],
    );
    await expect422(
      callRoute(revisions.POST, "POST", "/", {
        token,
        params: { id: source.id },
        body: { text: "bin\u0000ary", note: "x".repeat(1001) },
      }),
      ["note", "text"],
    );
    await expect422(
      callRoute(accept.POST, "POST", "/", { token, params: { id: suggestion.id }, body: { kind: "rumour" } }),
      ["kind"],
    );
    await expect422(
      callRoute(relations.POST, "POST", "/", {
        token,
        params: { id: claim.id },
        body: { toClaimId: claim.id, kind: "refines" },
      }),
      ["toClaimId"],
    );
    await expect422(
      callRoute(relations.POST, "POST", "/", { token, params: { id: claim.id }, body: { kind: "agrees" } }),
      ["kind", "toClaimId"],
    );
    await expect422(
      callRoute(appearances.POST, "POST", "/", { token, params: { id: claim.id }, body: { sourceId: "nowhere" } }),
      ["sourceId"],
    );
    await expect422(
      callRoute(actorAliases.POST, "POST", "/", { token, params: { id: actor.id }, body: { alias: "" } }),
      ["alias"],
    );
    expect(
      (await callRoute(actorMerge.POST, "POST", "/", { token, params: { id: actor.id }, body: { mergeId: actor.id } }))
        .status,
    ).toBe(403);
    expect((await callRoute(statements.POST, "POST", "/", { token, rawBody: "{" })).status).toBe(400);
    expect((await callRoute(statements.GET, "GET", "/api/v1/statements", { token })).status).toBe(422);
    expect(
      (await callRoute(revisions.POST, "POST", "/", { token, params: { id: "missing" }, body: { text: "New text" } }))
        .status,
    ).toBe(404);
    expect((await callRoute(dismiss.POST, "POST", "/", { token, params: { id: "missing" } })).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it("lets reviewers read the workspace but not change it", async () => {
    const analystToken = await tokenFor("analyst");
    const { source, actor } = await workspace(analystToken);
    const token = await tokenFor("reviewer");
    expect((await callRoute(sourceSuggestions.GET, "GET", "/", { token, params: { id: source.id } })).status).toBe(200);
    expect((await callRoute(revisions.GET, "GET", "/", { token, params: { id: source.id } })).json.items).toHaveLength(
      1,
    );
    expect(
      (
        await callRoute(statements.POST, "POST", "/", {
          token,
          body: { sourceId: source.id, quote: { exact: QUOTE }, speakerId: actor.id, kind: "direct" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await callRoute(revisions.POST, "POST", "/", { token, params: { id: source.id }, body: { text: "Other" } }))
        .status,
    ).toBe(403);
  });
});

describe("OpenAPI description of the workspace", () => {
  it("lists the new endpoints with their request schemas", async () => {
    const { GET } = await import("./openapi.json/route");
    const paths = (await callRoute(GET, "GET", "/api/v1/openapi.json")).json.paths;
    expect(paths["/statements"].post.requestBody.content["application/json"].schema.properties.kind.enum).toEqual([
      "direct",
      "indirect",
    ]);
    expect(paths["/sources/{id}/revisions"].post.requestBody.content["application/json"].schema.required).toEqual([
      "text",
    ]);
    for (const path of [
      "/suggestions/{id}/accept",
      "/suggestions/{id}/dismiss",
      "/claims/{id}/relations",
      "/actors/{id}/merge",
      "/claims/{id}/appearances",
    ])
      expect(paths).toHaveProperty([path]);
  });
});
