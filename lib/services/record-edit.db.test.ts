import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { addAlias, createActor, mergeActors, removeAlias, updateActor } from "./actors";
import { createClaim } from "./claims";
import { addEvidence, updateEvidence } from "./evidence";
import { createSource } from "./sources";
import { createStatement, updateStatement } from "./statements";

const { db } = useTestDatabase();

const auditOf = async (entityId: string, action: string) =>
  (await (await db()).auditEvent.findMany({ where: { entityId, action }, orderBy: { at: "asc" } })).map((e) => ({
    before: JSON.parse(e.before ?? "null"),
    after: JSON.parse(e.after ?? "null"),
  }));

async function recordedStatement() {
  const analyst = await makeUser("analyst");
  const speaker = await createActor(analyst, { name: "Pia Lund", kind: "person" });
  const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
  const statement = await createStatement(analyst, {
    sourceId: source.id,
    quote: { exact: "We expect the first sailing at dawn" },
    speakerId: speaker.id,
    kind: "direct",
  });
  return { analyst, speaker, source, statement };
}

describe("an actor's version moves with its aliases and merges", () => {
  it("makes an edit form opened before an alias was added or removed stale (409)", async () => {
    const analyst = await makeUser("analyst");
    const actor = await createActor(analyst, { name: "Velmora Harbour Authority", kind: "government" });
    expect(actor.version).toBe(1);
    const alias = await addAlias(analyst, actor.id, { alias: "VHA" });
    const stale = await updateActor(analyst, actor.id, { version: 1, description: "Runs the port" }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.details).toMatchObject({ currentVersion: 2, updatedBy: analyst.name });
    await removeAlias(analyst, actor.id, alias!.id);
    await expect(updateActor(analyst, actor.id, { version: 2, description: "x" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const saved = await updateActor(analyst, actor.id, { version: 3, description: "Runs the port" });
    expect(saved).toMatchObject({ version: 4, description: "Runs the port" });
  });

  it("bumps the survivor and the statements that changed speaker or intermediary on a merge", async () => {
    const { analyst, speaker, statement } = await recordedStatement();
    const editor = await makeUser("editor");
    const survivor = await createActor(analyst, { name: "P. Lund", kind: "person" });
    await mergeActors(editor, survivor.id, { mergeId: speaker.id });
    const d = await db();
    expect((await d.actor.findUniqueOrThrow({ where: { id: survivor.id } })).version).toBe(2);
    expect((await d.statement.findUniqueOrThrow({ where: { id: statement.id } })).version).toBe(2);
    await expect(updateActor(analyst, survivor.id, { version: 1, name: "Pia Lund" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(updateStatement(analyst, statement.id, { version: 1, cue: "said" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});

describe("versioned updates of statements and evidence (one shared path)", () => {
  it("audits only the changed statement fields, hedges as a list, and refuses the version it replaced", async () => {
    const { analyst, statement } = await recordedStatement();
    const outlet = await createActor(analyst, { name: "Velmora Radio", kind: "outlet" });
    const saved = await updateStatement(analyst, statement.id, {
      version: 1,
      viaId: outlet.id,
      hedges: ["we expect"],
      kind: "direct", // unchanged: not audited
    });
    expect(saved).toMatchObject({ version: 2, viaId: outlet.id, hedges: ["we expect"] });
    expect(await auditOf(statement.id, "update")).toEqual([
      {
        before: { viaId: null, hedges: [], version: 1 },
        after: { viaId: outlet.id, hedges: ["we expect"], version: 2 },
      },
    ]);
    const stale = await updateStatement(analyst, statement.id, { version: 1, cue: "said" }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.details).toMatchObject({ currentVersion: 2, updatedBy: analyst.name });
    expect((await (await db()).statement.findUniqueOrThrow({ where: { id: statement.id } })).cue).toBeNull();
  });

  it("leaves version and audit alone when nothing differs; a stale evidence save changes nothing", async () => {
    const { analyst, source } = await recordedStatement();
    const claim = await createClaim(analyst, {
      text: "The ferry sails at dawn",
      kind: "factual",
      allowDuplicate: true,
    });
    const evidence = await addEvidence(analyst, claim.id, {
      sourceId: source.id,
      quote: { exact: "repairs were not finished" },
      stance: "contradicts",
    });
    const same = await updateEvidence(analyst, evidence.id, { version: 1, stance: "contradicts" });
    expect(same.version).toBe(1);
    expect(await auditOf(evidence.id, "update")).toEqual([]);
    await updateEvidence(analyst, evidence.id, { version: 1, stance: "context", publicNote: "Brask's view" });
    const stale = await updateEvidence(analyst, evidence.id, { version: 1, stance: "supports" }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    const row = await (await db()).evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(row).toMatchObject({ version: 2, stance: "context", publicNote: "Brask's view" });
    const [entry] = await (await db()).auditEvent.findMany({ where: { entityId: evidence.id, action: "update" } });
    expect(entry.claimId).toBe(claim.id);
    expect(JSON.parse(entry.after!)).toEqual({ stance: "context", publicNote: "Brask's view", version: 2 });
  });
});
