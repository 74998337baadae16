import { monitorEventLoopDelay } from "node:perf_hooks";
process.env.DATABASE_URL = process.argv[2];
const { getDb, closeDb } = await import("@/lib/db/client");
const { buildClaimIndex } = await import("@/lib/match");
const h = monitorEventLoopDelay({ resolution: 10 }); h.enable();
const db = await getDb();
let t = performance.now();
const claims = await db.claim.findMany({
  where: { status: { not: "archived" } },
  select: { id: true, text: true, kind: true, claimant: { select: { name: true } },
    subjects: { select: { actor: { select: { name: true } } } }, tags: { select: { tag: { select: { name: true } } } } },
});
console.log("prisma read nested", (performance.now() - t).toFixed(0), "max stall", (h.max / 1e6).toFixed(0)); h.reset();
t = performance.now();
const flat = await db.$queryRawUnsafe<any[]>(`SELECT id, text, kind, "claimantId" FROM "Claim" WHERE status <> 'archived'`);
console.log("raw read flat", flat.length, (performance.now() - t).toFixed(0), "max stall", (h.max / 1e6).toFixed(0)); h.reset();
t = performance.now();
const tags = await db.$queryRawUnsafe<any[]>(`SELECT ct."claimId", t.name FROM "ClaimTag" ct JOIN "Tag" t ON t.id = ct."tagId"`);
const subj = await db.$queryRawUnsafe<any[]>(`SELECT cs."claimId", a.name FROM "ClaimSubject" cs JOIN "Actor" a ON a.id = cs."actorId"`);
console.log("raw tags+subjects", tags.length, subj.length, (performance.now() - t).toFixed(0), "max stall", (h.max / 1e6).toFixed(0)); h.reset();
const input = claims.map((c) => ({ id: c.id, text: c.text, kind: c.kind, context: [...(c.claimant ? [c.claimant.name] : []), ...c.subjects.map((s) => s.actor.name), ...c.tags.map((t) => t.tag.name)] }));
t = performance.now();
const idx = buildClaimIndex(input, {});
console.log("build (analysis+postings)", (performance.now() - t).toFixed(0), "rss", (process.memoryUsage().rss / 1e6).toFixed(0));
await closeDb();
