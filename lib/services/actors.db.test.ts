import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { addAlias, createActor, getActorProfile, listActors, mergeActors, removeAlias } from "./actors";
import { createClaim, getClaim } from "./claims";
import { createSource } from "./sources";
import { createStatement } from "./statements";

const { db } = useTestDatabase();

describe("actor aliases", () => {
  it("adds and removes aliases that search then finds; duplicates get 409", async () => {
    const analyst = await makeUser("analyst");
    const actor = await createActor(analyst, { name: "Velmora Harbour Authority", kind: "organization" });
    const alias = await addAlias(analyst, actor.id, { alias: "VHA" });
    expect((await listActors(analyst, { q: "vha" })).items.map((a) => a.id)).toContain(actor.id);
    await expect(addAlias(analyst, actor.id, { alias: "VHA" })).rejects.toBeInstanceOf(ConflictError);
    expect((await addAlias(analyst, actor.id, { alias: " " }).catch((e) => e)).fields).toHaveProperty("alias");
    await expect(addAlias(analyst, "missing", { alias: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await removeAlias(analyst, actor.id, alias.id);
    expect((await getActorProfile(analyst, actor.id)).aliases).toEqual([]);
    await expect(removeAlias(analyst, actor.id, alias.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("merging actors", () => {
  it("keeps every link of the merged actor: statements as speaker and via, claims as claimant and subject, aliases and name", async () => {
    const analyst = await makeUser("analyst");
    const editor = await makeUser("editor");
    const survivor = await createActor(analyst, { name: "Pia Lund", kind: "person", aliases: "P. Lund" });
    const duplicate = await createActor(analyst, {
      name: "Pia Lundqvist-Lund",
      kind: "person",
      aliases: "Lund, p. lund",
    });
    const outlet = await createActor(analyst, { name: "Velmora Post", kind: "outlet" });
    const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
    const spoken = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: "We expect the first sailing at dawn" },
      speakerId: duplicate.id,
      kind: "direct",
    });
    const relayed = await createStatement(analyst, {
      sourceId: source.id,
      quote: { exact: "repairs were not finished" },
      speakerId: outlet.id,
      viaId: duplicate.id,
      kind: "indirect",
    });
    const both = await createClaim(analyst, {
      text: "Lund and her double agree on the ferry",
      kind: "factual",
      claimantId: duplicate.id,
      subjectIds: [survivor.id, duplicate.id],
    });
    const onlyMerged = await createClaim(analyst, {
      text: "Lundqvist-Lund said the ferry sails",
      kind: "quote_attribution",
      subjectIds: [duplicate.id],
    });

    const result = await mergeActors(editor, survivor.id, { mergeId: duplicate.id });
    expect(result).toMatchObject({
      statementsAsSpeaker: 1,
      statementsAsVia: 1,
      claimsAsClaimant: 1,
      claimsAsSubject: 1,
      aliasesAdded: ["Pia Lundqvist-Lund", "Lund"],
    });

    const d = await db();
    expect(await d.actor.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await d.statement.findUniqueOrThrow({ where: { id: spoken.id } })).speakerId).toBe(survivor.id);
    expect((await d.statement.findUniqueOrThrow({ where: { id: relayed.id } })).viaId).toBe(survivor.id);
    const bothNow = await getClaim(analyst, both.id);
    expect(bothNow.claimantId).toBe(survivor.id);
    expect(bothNow.subjects.map((s) => s.actorId)).toEqual([survivor.id]);
    expect((await getClaim(analyst, onlyMerged.id)).subjects.map((s) => s.actorId)).toEqual([survivor.id]);

    const profile = await getActorProfile(analyst, survivor.id);
    // "p. lund" differs from "P. Lund" only in case, so it is not added twice.
    expect(profile.aliases.map((a) => a.alias).sort()).toEqual(["Lund", "P. Lund", "Pia Lundqvist-Lund"]);
    expect(profile.statements.map((s) => s.id)).toEqual([spoken.id]);
    expect(profile.relayedStatements.map((s) => s.id)).toEqual([relayed.id]);
    expect(profile.claimsAsserted.map((c) => c.id)).toEqual([both.id]);
    expect(profile.claimsAbout.map((c) => c.id).sort()).toEqual([both.id, onlyMerged.id].sort());

    const audit = await d.auditEvent.findFirst({ where: { entityId: survivor.id, action: "merge" } });
    expect(JSON.parse(audit!.before!).merged).toMatchObject({ id: duplicate.id, name: "Pia Lundqvist-Lund" });
    expect(audit!.userId).toBe(editor.userId);
  });

  it("is for editors and admins only, refuses self-merges and unknown actors, and changes nothing then", async () => {
    const analyst = await makeUser("analyst");
    const admin = await makeUser("admin");
    const a = await createActor(analyst, { name: "Brask Council", kind: "government" });
    const b = await createActor(analyst, { name: "Council of Brask", kind: "government" });
    const d = await db();
    const before = await d.actor.count();
    await expect(mergeActors(analyst, a.id, { mergeId: b.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await mergeActors(admin, a.id, { mergeId: a.id }).catch((e) => e)).fields).toHaveProperty("mergeId");
    expect((await mergeActors(admin, a.id, { mergeId: "missing" }).catch((e) => e)).fields).toEqual({
      mergeId: ["Choose an existing actor."],
    });
    expect(await mergeActors(admin, a.id, {}).catch((e) => e)).toBeInstanceOf(ValidationError);
    await expect(mergeActors(admin, "missing", { mergeId: b.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await d.actor.count()).toBe(before);
    await mergeActors(admin, a.id, { mergeId: b.id });
    expect(await d.actor.count()).toBe(before - 1);
  });
});
