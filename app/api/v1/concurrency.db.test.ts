// 20 writers on one claim through the API: every write lands or gets 409, none is lost.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as claim from "./claims/[id]/route";
import * as claims from "./claims/route";

const { db } = useTestDatabase();
const WRITERS = 20;

async function setup() {
  const token = await createApiToken((await makeUser("editor")).userId, "test");
  const created = await callRoute(claims.POST, "POST", "/api/v1/claims", {
    token,
    body: { text: "The Brask ferry carried 300 passengers", kind: "factual", allowDuplicate: true },
  });
  return { token, id: created.json.id as string };
}

const patch = (token: string, id: string, body: object) =>
  callRoute(claim.PATCH, "PATCH", `/api/v1/claims/${id}`, { token, params: { id }, body });

describe("concurrent writers", () => {
  it("lets exactly one of 20 same-version writes land and gives the others 409", async () => {
    const { token, id } = await setup();
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => patch(token, id, { version: 1, summary: `writer ${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
    const stored = await (await db()).claim.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    const winner = results.find((r) => r.status === 200)!;
    expect(stored.summary).toBe(winner.json.summary);
  });

  it("loses no update when 20 writers retry on conflict: the version count adds up", async () => {
    const { token, id } = await setup();
    const writer = async (i: number) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const current = await callRoute(claim.GET, "GET", `/api/v1/claims/${id}`, { token, params: { id } });
        const res = await patch(token, id, {
          version: current.json.version,
          tags: [...current.json.tags.map((t: { tag: { name: string } }) => t.tag.name), `w${i}`],
        });
        if (res.status === 200) return attempt;
        expect(res.status).toBe(409);
      }
      throw new Error(`writer ${i} never landed`);
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    const stored = await (
      await db()
    ).claim.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
    expect(stored.version).toBe(1 + WRITERS);
    expect(stored.tags.map((t) => t.tag.name).sort()).toEqual(
      Array.from({ length: WRITERS }, (_, i) => `w${i}`).sort(),
    );
    expect(await (await db()).auditEvent.count({ where: { claimId: id, action: "update" } })).toBe(WRITERS);
  });
});
