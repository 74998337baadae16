// The team commands share the services and zod schemas with the app (ADR 0016).
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { draftClaim, team } from "@/lib/testing/card-fixtures";
import { handleOf } from "@/lib/team/mentions";
import { useTestDatabase } from "@/lib/testing/test-database";
import { main } from "./main";

const { db } = useTestDatabase();

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([""]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("team CLI", () => {
  it("assigns by e-mail, lists my work, comments with a mention and shows the inbox", async () => {
    const { analyst, reviewer, editor } = await team();
    const { claim } = await draftClaim(analyst);
    const assigned = await cli([
      "assign",
      claim.id,
      "--assignee",
      analyst.email,
      "--reviewer",
      reviewer.email,
      "--due",
      "2026-12-02",
      "--as",
      editor.email,
    ]);
    expect(assigned.code, assigned.err).toBe(0);
    const work = await cli(["my-work", "--as", analyst.email, "--json"]);
    expect(JSON.parse(work.out).assigned.map((c: { id: string }) => c.id)).toEqual([claim.id]);
    const comment = await cli([
      "comment",
      "--on",
      "claim",
      "--id",
      claim.id,
      "--as",
      analyst.email,
      `@${handleOf(reviewer.email)} evidence is in`,
    ]);
    expect(comment.code, comment.err).toBe(0);
    const inbox = await cli(["inbox", "--as", reviewer.email, "--json"]);
    expect(
      JSON.parse(inbox.out)
        .items.map((n: { kind: string }) => n.kind)
        .sort(),
    ).toEqual(["mentioned", "review_requested"]);
  });

  it("refuses bad input with a sentence and a non-zero exit, storing nothing", async () => {
    const { analyst, editor } = await team();
    const { claim } = await draftClaim(analyst);
    const ghost = await cli(["assign", claim.id, "--assignee", "ghost@nowhere.test", "--as", editor.email]);
    expect(ghost.code).toBe(1);
    expect(ghost.err).toMatch(/no active user has the e-mail address ghost@nowhere.test/);
    const analystAssigns = await cli(["assign", claim.id, "--assignee", analyst.email, "--as", analyst.email]);
    expect(analystAssigns.code).toBe(1);
    const badDue = await cli(["assign", claim.id, "--due", "soon"]);
    expect(badDue.err).toMatch(/Due date must be a date/);
    const empty = await cli(["comment", "--on", "claim", "--id", claim.id, "--as", analyst.email]);
    expect(empty.code).toBe(1);
    const webhook = await cli(["webhook", "add", "--url", "http://127.0.0.1:9/x", "--event", "card.published"]);
    expect(webhook.err).toMatch(/Private and loopback addresses are refused/);
    const d = await db();
    expect(await d.claimAssignment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await d.comment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await d.webhookEndpoint.count()).toBe(0);
  });
});
