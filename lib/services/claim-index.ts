import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import {
  aliasChange,
  analyseClaim,
  emptyClaimIndex,
  putClaims,
  refreshStatistics,
  updateClaimIndex,
  type ClaimIndex,
  type ClaimInput,
  type IndexedClaim,
} from "@/lib/match";
import type { AliasTable } from "@/lib/match/terms";
import { postgresReader } from "@/lib/search/postgres-reader";
import { searchReaderCount, sqliteReadPool } from "@/lib/search/sqlite-read-pool";
import { sqliteReader } from "@/lib/search/sqlite-reader";
import type { RawQueryable } from "@/lib/search/types";

// The matcher's index of the workspace's claims, one per process, built once and then patched from the
// ClaimIndexChange log that triggers keep (docs/decisions/0032-claim-index-changes.md): every call reads
// the log since the index's cursor (one indexed statement), so a claim written by any process is in the
// answer of the next call, and writes that do not touch claims (evidence, sources...) cost nothing.
// Long work (a first build, many changed claims) runs in slices that yield to the event loop.

type Provider = "sqlite" | "postgresql";
/**
 * SQLite: the last change applied (one writer at a time, so sequence order is commit order).
 * PostgreSQL: the oldest transaction running when the log was last read; rows of that transaction and
 * later ones are read again next time (a transaction can commit after a later one), less those applied.
 */
type Cursor = { seq: number } | { horizon: string; applied: Set<number> };

export type LiveClaimIndex = {
  index: ClaimIndex;
  /** Grows with every change applied: answers derived from the index are kept per generation. */
  generation: number;
  cursor: Cursor;
  /** Callers so far, and the last caller whose changes are applied (see `fresh`). */
  asked: number;
  done: number;
  catchingUp: Promise<void> | null;
};

const holder = globalThis as unknown as { claimdeskClaimIndexes?: Map<string, Promise<LiveClaimIndex>> };
const lives = (holder.claimdeskClaimIndexes ??= new Map());

/** Work done between two yields to the event loop. */
const SLICE_MS = 10;
const ID_BATCH = 1000;
/** Claims read and indexed at a time in a first build. */
const BUILD_PAGE = 1000;

async function inSlices<T, R>(items: T[], work: (item: T) => R): Promise<R[]> {
  const out: R[] = [];
  let since = performance.now();
  for (const item of items) {
    out.push(work(item));
    if (performance.now() - since > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  return out;
}

/** The search's own read connections (worker threads on SQLite): never a caller's transaction. */
async function reader(): Promise<{ provider: Provider; url: string; db: RawQueryable }> {
  const target = databaseTarget(process.env);
  await getDb();
  if (target.provider === "postgresql")
    return { provider: "postgresql", url: target.url, db: postgresReader(target.url) };
  const readers = searchReaderCount();
  return {
    provider: "sqlite",
    url: target.url,
    db: readers > 0 ? sqliteReadPool(target.file, readers) : sqliteReader(target.file),
  };
}

const placeholders = (provider: Provider, n: number) =>
  Array.from({ length: n }, (_, i) => (provider === "postgresql" ? `$${i + 1}` : "?")).join(", ");

/** Claims as the matcher reads them: text, kind, and claimant, subject and tag names as context. */
async function readClaims(db: RawQueryable, provider: Provider, ids: string[] | null): Promise<ClaimInput[]> {
  if (ids && !ids.length) return [];
  if (ids && ids.length > ID_BATCH) {
    const out: ClaimInput[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH)
      out.push(...(await readClaims(db, provider, ids.slice(i, i + ID_BATCH))));
    return out;
  }
  const where = (column: string) => (ids ? `WHERE ${column} IN (${placeholders(provider, ids.length)})` : "");
  const args = ids ?? [];
  type Row = { id: string; text: string; kind: string; status: string; claimant: string | null };
  const [claims, subjects, tags] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(
      `SELECT c."id", c."text", c."kind", c."status", a."name" AS "claimant" FROM "Claim" c
       LEFT JOIN "Actor" a ON a."id" = c."claimantId" ${where(`c."id"`)} ORDER BY c."createdAt", c."id"`,
      ...args,
    ),
    db.$queryRawUnsafe<Array<{ claimId: string; name: string }>>(
      `SELECT s."claimId", a."name" FROM "ClaimSubject" s JOIN "Actor" a ON a."id" = s."actorId"
       ${where(`s."claimId"`)} ORDER BY s."claimId", a."name"`,
      ...args,
    ),
    db.$queryRawUnsafe<Array<{ claimId: string; name: string }>>(
      `SELECT ct."claimId", t."name" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
       ${where(`ct."claimId"`)} ORDER BY ct."claimId", t."name"`,
      ...args,
    ),
  ]);
  const names = (rows: Array<{ claimId: string; name: string }>) => {
    const by = new Map<string, string[]>();
    for (const r of rows) {
      const list = by.get(r.claimId);
      if (list) list.push(r.name);
      else by.set(r.claimId, [r.name]);
    }
    return by;
  };
  const subjectsOf = names(subjects);
  const tagsOf = names(tags);
  // Archived claims are out of the workspace's matching, as deleted ones are.
  return claims
    .filter((c) => c.status !== "archived")
    .map((c) => ({
      id: c.id,
      text: c.text,
      kind: c.kind,
      context: [...(c.claimant ? [c.claimant] : []), ...(subjectsOf.get(c.id) ?? []), ...(tagsOf.get(c.id) ?? [])],
    }));
}

/** Each actor with aliases, by name: the names the alias lexicon folds to one concept. */
async function readAliases(db: RawQueryable): Promise<Record<string, string[]>> {
  const rows = await db.$queryRawUnsafe<Array<{ name: string; alias: string }>>(
    `SELECT a."name", x."alias" FROM "ActorAlias" x JOIN "Actor" a ON a."id" = x."actorId" ORDER BY a."id", x."id"`,
  );
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.name] ??= []).push(r.alias);
  return out;
}

async function readCursor(db: RawQueryable, provider: Provider): Promise<Cursor> {
  if (provider === "postgresql") {
    const [row] = await db.$queryRawUnsafe<Array<{ horizon: string }>>(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "horizon"`,
    );
    return { horizon: row.horizon, applied: new Set() };
  }
  const [row] = await db.$queryRawUnsafe<Array<{ seq: number | null }>>(
    `SELECT max("seq") AS "seq" FROM "ClaimIndexChange"`,
  );
  return { seq: Number(row?.seq ?? 0) };
}

type Changes = { cursor: Cursor; claimIds: Set<string>; aliases: boolean } | "restored";

/** What changed since `cursor`; "restored" when the log went back (a database restored from a backup). */
async function readChanges(db: RawQueryable, provider: Provider, cursor: Cursor): Promise<Changes> {
  const claimIds = new Set<string>();
  let aliases = false;
  if ("horizon" in cursor) {
    // One statement: the horizon and the rows come from the same snapshot.
    const rows = await db.$queryRawUnsafe<
      Array<{ horizon: string; seq: number | null; claimId: string | null; txid: string | null }>
    >(
      `SELECT h."horizon", c."seq", c."claimId", c."txid"::text AS "txid"
       FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "horizon") h
       LEFT JOIN "ClaimIndexChange" c ON c."txid" >= $1::bigint ORDER BY c."seq"`,
      cursor.horizon,
    );
    const horizon = rows[0].horizon;
    const applied = new Set<number>();
    for (const r of rows) {
      if (r.seq === null) continue;
      if (!cursor.applied.has(r.seq)) {
        if (r.claimId === null) aliases = true;
        else claimIds.add(r.claimId);
      }
      // Rows from the new horizon on come back next time: remember them as applied.
      if (BigInt(r.txid ?? 0) >= BigInt(horizon)) applied.add(r.seq);
    }
    return { cursor: { horizon, applied }, claimIds, aliases };
  }
  const rows = await db.$queryRawUnsafe<Array<{ seq: number; claimId: string | null }>>(
    `SELECT "seq", "claimId" FROM "ClaimIndexChange"
     WHERE "seq" > ? OR "seq" = (SELECT max("seq") FROM "ClaimIndexChange") ORDER BY "seq"`,
    cursor.seq,
  );
  const last = rows.length ? Number(rows[rows.length - 1].seq) : 0;
  if (last < cursor.seq) return "restored";
  for (const r of rows) {
    if (Number(r.seq) <= cursor.seq) continue;
    if (r.claimId === null) aliases = true;
    else claimIds.add(r.claimId);
  }
  return { cursor: { seq: last }, claimIds, aliases };
}

/**
 * Every claim read a page at a time and analysed in slices, so that neither a read nor the analysis
 * holds the event loop (nor all rows in memory at once); only the workspace-wide statistics are one step.
 */
async function build(db: RawQueryable, provider: Provider): Promise<LiveClaimIndex> {
  const cursor = await readCursor(db, provider);
  const [ids, aliases] = await Promise.all([
    db.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT "id" FROM "Claim" WHERE "status" <> 'archived' ORDER BY "createdAt", "id"`,
    ),
    readAliases(db),
  ]);
  const index = emptyClaimIndex(aliases);
  for (let i = 0; i < ids.length; i += BUILD_PAGE) {
    const page = await readClaims(
      db,
      provider,
      ids.slice(i, i + BUILD_PAGE).map((r) => r.id),
    );
    putClaims(index, await inSlices(page, (c) => analyseClaim(c, index)));
  }
  refreshStatistics(index);
  return { index, generation: 0, cursor, asked: 0, done: 0, catchingUp: null };
}

/** Apply the logged changes: changed claims analysed in slices, then patched in one synchronous step. */
async function catchUp(live: LiveClaimIndex, db: RawQueryable, provider: Provider): Promise<void> {
  const changes = await readChanges(db, provider, live.cursor);
  if (changes === "restored") {
    const rebuilt = await build(db, provider);
    Object.assign(live, { index: rebuilt.index, cursor: rebuilt.cursor, generation: live.generation + 1 });
    return;
  }
  const { index } = live;
  let relexicon: { table: AliasTable; touched: IndexedClaim[] } | null = null;
  let actorAliases = index.actorAliases;
  if (changes.aliases) {
    actorAliases = await readAliases(db);
    if (JSON.stringify(actorAliases) !== JSON.stringify(index.actorAliases)) {
      const { table, touches } = aliasChange(index, actorAliases);
      const touched = (await inSlices(index.claims, (c) => (touches(c) ? c : null))).filter((c) => c !== null);
      relexicon = { table, touched };
    }
  }
  const ids = [...changes.claimIds];
  const rows = await readClaims(db, provider, ids);
  const present = new Set(rows.map((r) => r.id));
  const table = relexicon?.table ?? index.aliases;
  const toAnalyse = [...rows, ...(relexicon?.touched ?? []).filter((c) => !changes.claimIds.has(c.id))];
  const put = await inSlices(toAnalyse, (c) => analyseClaim(c, index, table));
  const remove = ids.filter((id) => !present.has(id) && index.slots.has(id));
  if (put.length || remove.length || relexicon) {
    updateClaimIndex(index, { put, remove, aliases: relexicon ? { table, actorAliases } : undefined });
    live.generation++;
  } else if (changes.aliases) index.actorAliases = actorAliases;
  live.cursor = changes.cursor;
}

/**
 * Wait until every change committed before this call is applied. A catch-up already running may have
 * read the log before that commit, so a caller who arrives during one waits for the next.
 */
async function fresh(live: LiveClaimIndex, db: RawQueryable, provider: Provider): Promise<void> {
  const ticket = ++live.asked;
  while (live.done < ticket) {
    if (!live.catchingUp) {
      const upTo = live.asked;
      live.catchingUp = catchUp(live, db, provider)
        .then(() => {
          live.done = upTo;
        })
        .finally(() => {
          live.catchingUp = null;
        });
    }
    await live.catchingUp;
  }
}

/**
 * @unchecked The matcher's index, for services that have checked their caller (similar claims, matching
 * on import): it holds every claim but is never given out as such.
 * The process's index of the workspace's claims, with every change committed before the call applied.
 */
export async function currentClaimIndex(): Promise<LiveClaimIndex> {
  const { provider, url, db } = await reader();
  let live = lives.get(url);
  if (!live) {
    live = build(db, provider);
    lives.set(url, live);
    live.catch(() => {
      if (lives.get(url) === live) lives.delete(url);
    });
  }
  const entry = await live;
  await fresh(entry, db, provider);
  return entry;
}
