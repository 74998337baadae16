// Full-text search on whichever database the run uses (SQLite here, PostgreSQL with TEST_DATABASE_URL).
// Every test invents its own marker words, so tests sharing this file's database never see each other's rows.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { SEARCH_VERSION_SQL } from "@/lib/search/cache";
import { runSearch } from "@/lib/search/engine";
import { MARK_END, MARK_START } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/query";
import { postgresBackend } from "@/lib/search/postgres";
import {
  PG_SEARCH_COLUMN,
  PG_SEARCH_INDEXES,
  PG_SEARCH_TABLES,
  SEARCH_SOURCE_TABLES,
  SEARCH_TYPES,
  SQLITE_SEARCH_TABLES,
} from "@/lib/search/schema-objects";
import { facetGroups } from "@/lib/search/facets";
import { Params } from "@/lib/search/sql";
import { sqliteBackend, sqliteMatch, sqliteRankBranch, sqliteRecentBranch, unionSql } from "@/lib/search/sqlite";
import type { RawQueryable, SearchHit } from "@/lib/search/types";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { adminQuery, withDatabase } from "@/lib/testing/postgres";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import { encodeSearchCursor } from "@/lib/validation/search";
import * as searchRoute from "@/app/api/v1/search/route";
import { createActor } from "./actors";
import { createClaim, updateClaim } from "./claims";
import { addEvidence } from "./evidence";
import { search } from "./search";
import { createSource } from "./sources";

const { db } = useTestDatabase();
const provider = () => inject("testDbProvider");
/** A word no other row contains (letters only, so every tokenizer keeps it whole). */
const word = () => "zq" + [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join("");
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
/** URL-encodes any string; lone surrogates (which a URL cannot carry) become U+FFFD first. */
const enc = (q: string) =>
  encodeURIComponent(q.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
const find = async (principal: Awaited<ReturnType<typeof makeUser>>, q: string, extra: Record<string, string> = {}) =>
  (await search(principal, { q, ...extra })).items;

async function addStatement(sourceId: string, speakerId: string, exact: string) {
  const d = await db();
  const revision = await d.sourceRevision.findFirstOrThrow({ where: { sourceId }, orderBy: { number: "desc" } });
  const start = revision.text.indexOf(exact);
  if (start < 0) throw new Error("quote not in source");
  return d.statement.create({
    data: { sourceId, revisionId: revision.id, speakerId, kind: "direct", exact, start, end: start + exact.length },
  });
}

describe("search: what is indexed", () => {
  it("finds claims, sources, statements, evidence and actors by their own words, with plain-text snippets", async () => {
    const analyst = await makeUser("analyst");
    const [name, alias, publisher, body, summary, tag, note, quoteWord] = Array.from({ length: 8 }, word);
    const actor = await createActor(analyst, {
      name: `Harbour Board ${name}`,
      kind: "organization",
      aliases: `${alias} board`,
    });
    const text = `${fictionalArticle()}\n\nThe ${body} inquiry said "${quoteWord} the ferry will not sail" on Tuesday.`;
    const source = await createSource(analyst, {
      title: "Ferry inquiry report",
      text,
      publisher: `Gazette ${publisher}`,
    });
    const claim = await createClaim(analyst, {
      text: "The ferry will not sail on Tuesday",
      kind: "factual",
      summary: `Checked against the ${summary} report.`,
      tags: tag,
    });
    const evidence = await addEvidence(analyst, claim.id, {
      sourceId: source.id,
      quote: { exact: `${quoteWord} the ferry will not sail` },
      stance: "supports",
      note: `Confirmed ${note}`,
    });
    const statement = await addStatement(source.id, actor.id, `${quoteWord} the ferry will not sail`);

    const expectOne = async (q: string, type: string, id: string) => {
      const hits = await find(analyst, q);
      expect(
        hits.map((h) => `${h.type}:${h.id}`),
        q,
      ).toContain(`${type}:${id}`);
      return hits.find((h) => h.id === id)!;
    };
    expect((await expectOne(name, "actor", actor.id)).url).toBe(`/actors/${actor.id}`);
    await expectOne(alias, "actor", actor.id);
    await expectOne(publisher, "source", source.id);
    const bodyHit = await expectOne(body, "source", source.id);
    expect(bodyHit.url).toBe(`/sources/${source.id}`);
    await expectOne(summary, "claim", claim.id);
    const tagHit = await expectOne(tag, "claim", claim.id);
    expect(tagHit.url).toBe(`/claims/${claim.id}`);
    await expectOne(note, "evidence", evidence.id);
    const statementHit = await expectOne(quoteWord, "statement", statement.id);
    expect(statementHit.speakerName).toBe(`Harbour Board ${name}`);
    expect(statementHit.url).toBe(`/sources/${source.id}`);
    // A statement is found by its speaker's name too.
    await expectOne(name, "statement", statement.id);
    const evidenceHit = await expectOne(quoteWord, "evidence", evidence.id);
    expect(evidenceHit.url).toBe(`/claims/${claim.id}`);

    // Snippets are text plus ranges: the ranges cover the matched word, and no markup or sentinel leaks.
    for (const hit of [bodyHit, tagHit, evidenceHit]) {
      expect(hit.snippet).not.toMatch(/[<>\uE000\uE001]/);
      expect(hit.highlights.length).toBeGreaterThan(0);
    }
    const [start, end] = bodyHit.highlights[0];
    expect(bodyHit.snippet.slice(start, end).toLowerCase()).toBe(body);
    const summaryHit = (await find(analyst, summary))[0];
    expect(summaryHit.snippet.slice(...summaryHit.highlights[0])).toBe(summary);
  });

  it("returns text that looks like HTML as text, with highlights around the words only", async () => {
    const analyst = await makeUser("analyst");
    const w = word();
    const claim = await createClaim(analyst, {
      text: `<script>alert(1)</script> ${w} <b>bold</b>`,
      kind: "factual",
      summary: `<img src=x onerror=alert(1)> ${w}`,
    });
    const [hit] = await find(analyst, w);
    expect(hit.id).toBe(claim.id);
    expect(hit.title).toBe(`<script>alert(1)</script> ${w} <b>bold</b>`);
    expect(hit.title.slice(...hit.titleHighlights[0])).toBe(w);
    expect(hit.snippet).toContain("img src=x onerror=alert(1)>"); // ts_headline starts at a word
    expect(hit.snippet.slice(...hit.highlights[0])).toBe(w);
  });

  it("matches the last word as a prefix while typing, and quoted phrases as phrases", async () => {
    const analyst = await makeUser("analyst");
    const w = word();
    const claim = await createClaim(analyst, { text: `The ${w}ville harbour closed after the storm`, kind: "factual" });
    expect(ids(await find(analyst, w))).toContain(claim.id);
    // The word typed whole and longer words alike (both providers try whole-word matches first).
    const whole = await createClaim(analyst, { text: `The ${w} pier reopened`, kind: "factual" });
    expect(ids(await find(analyst, w))).toEqual(expect.arrayContaining([claim.id, whole.id]));
    expect(ids(await find(analyst, `${w} `))).not.toContain(claim.id); // a finished word is a whole word
    expect(ids(await find(analyst, `harbour ${w}`))).toContain(claim.id);
    expect(ids(await find(analyst, `"${w}ville harbour"`))).toContain(claim.id);
    expect(ids(await find(analyst, `"harbour ${w}ville"`))).not.toContain(claim.id);
    expect(ids(await find(analyst, `${w}ville "harbour closed"`))).toContain(claim.id);
  });
});

describe("search: triggers keep the index in step", () => {
  it("follows a claim through create, update, tag changes and delete", async () => {
    const analyst = await makeUser("analyst");
    const [first, second, tag] = [word(), word(), word()];
    const claim = await createClaim(analyst, { text: `Bridge tolls rise ${first}`, kind: "factual" });
    expect(ids(await find(analyst, first))).toEqual([claim.id]);

    await updateClaim(analyst, claim.id, { version: 1, text: `Bridge tolls fall ${second}` });
    expect(await find(analyst, first)).toEqual([]);
    expect(ids(await find(analyst, second))).toEqual([claim.id]);

    await updateClaim(analyst, claim.id, { version: 2, tags: tag });
    expect(ids(await find(analyst, tag))).toEqual([claim.id]);
    await (await db()).tag.update({ where: { name: tag }, data: { name: `${tag}renamed` } });
    expect(await find(analyst, `${tag} `)).toEqual([]);
    expect(ids(await find(analyst, `${tag}renamed`))).toEqual([claim.id]);
    await updateClaim(analyst, claim.id, { version: 3, tags: "" });
    expect(await find(analyst, `${tag}renamed`)).toEqual([]);

    await (await db()).claim.delete({ where: { id: claim.id } });
    expect(await find(analyst, second)).toEqual([]);
  });

  it("follows an actor's aliases and name, and the name into their statements", async () => {
    const analyst = await makeUser("analyst");
    const [name, alias, renamed] = [word(), word(), word()];
    const actor = await createActor(analyst, { name: `Minister ${name}`, kind: "person" });
    const source = await createSource(analyst, {
      title: "Interview",
      text: "The minister said the port reopens in May.",
    });
    const statement = await addStatement(source.id, actor.id, "the port reopens in May");
    expect(await find(analyst, alias)).toEqual([]);

    const d = await db();
    const row = await d.actorAlias.create({ data: { actorId: actor.id, alias: `Deputy ${alias}` } });
    expect(ids(await find(analyst, alias, { type: "actor" }))).toEqual([actor.id]);
    await d.actorAlias.delete({ where: { id: row.id } });
    expect(await find(analyst, alias)).toEqual([]);

    expect(ids(await find(analyst, name, { type: "statement" }))).toEqual([statement.id]);
    await d.actor.update({ where: { id: actor.id }, data: { name: `Minister ${renamed}` } });
    expect(await find(analyst, name)).toEqual([]);
    expect(ids(await find(analyst, renamed, { type: "statement" }))).toEqual([statement.id]);
    expect(ids(await find(analyst, renamed, { type: "actor" }))).toEqual([actor.id]);
  });

  it("indexes a source's newest revision only, and drops everything with the source", async () => {
    const analyst = await makeUser("analyst");
    const [old, fresh] = [word(), word()];
    const source = await createSource(analyst, {
      title: "Council minutes",
      text: `The council voted on the ${old} budget.`,
    });
    expect(ids(await find(analyst, old))).toEqual([source.id]);

    const d = await db();
    await d.sourceRevision.create({
      data: {
        sourceId: source.id,
        number: 2,
        text: `The council voted on the ${fresh} budget.`,
        contentHash: "sha256:test",
      },
    });
    expect(await find(analyst, old)).toEqual([]);
    expect(ids(await find(analyst, fresh))).toEqual([source.id]);

    await d.source.delete({ where: { id: source.id } });
    expect(await find(analyst, fresh)).toEqual([]);
  });

  it("follows evidence notes and removes evidence with its claim", async () => {
    const analyst = await makeUser("analyst");
    const [note, changed] = [word(), word()];
    const source = await createSource(analyst, { title: "Ferry", text: fictionalArticle() });
    const claim = await createClaim(analyst, { text: "The first ferry sails at dawn", kind: "factual" });
    const evidence = await addEvidence(analyst, claim.id, {
      sourceId: source.id,
      quote: { exact: "We expect the first sailing at dawn" },
      stance: "supports",
      note: `Phoned ${note}`,
    });
    expect(ids(await find(analyst, note))).toEqual([evidence.id]);
    const d = await db();
    await d.evidence.update({ where: { id: evidence.id }, data: { note: `Phoned ${changed}` } });
    expect(await find(analyst, note)).toEqual([]);
    expect(ids(await find(analyst, changed))).toEqual([evidence.id]);
    await d.claim.delete({ where: { id: claim.id } });
    expect(await find(analyst, changed)).toEqual([]);
  });
});

describe("search: transliterated spellings (fictional names)", () => {
  it("finds a name written with an apostrophe when it is typed without one, and the other way round", async () => {
    const analyst = await makeUser("analyst");
    const [a, b, c] = [word(), word(), word()];
    const marked = await createClaim(analyst, { text: `The Kata'ib Varnhold ${a} claimed the raid`, kind: "factual" });
    const plain = await createClaim(analyst, { text: `The Kataib Varnhold ${b} denied the raid`, kind: "factual" });
    const actor = await createActor(analyst, { name: `Seamus O\u2019Brennan ${c}`, kind: "person" });

    expect(ids(await find(analyst, `Kataib ${a}`))).toEqual([marked.id]);
    expect(ids(await find(analyst, `kataib varnhold ${a} `))).toEqual([marked.id]);
    expect(ids(await find(analyst, `Kata'ib ${b}`))).toEqual([plain.id]);
    expect(ids(await find(analyst, `Kata\u2019ib ${a}`))).toEqual([marked.id]);
    expect(ids(await find(analyst, `OBrennan ${c}`, { type: "actor" }))).toEqual([actor.id]);
    expect(ids(await find(analyst, `${a} Kataib `))).toEqual([marked.id]);
    const dogan = await createClaim(analyst, { text: `Ilse Dogan ${a} denied the raid`, kind: "factual" });
    expect(ids(await find(analyst, `Doğan ${a}`))).toEqual([dogan.id]); // typed with diacritics
    // The snippet or title still marks the words that matched.
    const [hit] = await find(analyst, `Kataib ${a}`);
    expect(hit.title.slice(...hit.titleHighlights[0])).toBe(a);
  });
});

describe("search: cached pages follow every write", () => {
  /** A connection of its own, as another app process or the CLI would write through. */
  async function otherConnection() {
    const url = process.env.DATABASE_URL!;
    if (provider() === "postgresql") {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        run: async (sql: string, values: unknown[]) => {
          let n = 0;
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            values,
          );
        },
        close: () => client.end(),
      };
    }
    const other = new Database(url.slice("file:".length));
    return {
      run: async (sql: string, values: unknown[]) => void other.prepare(sql).run(...values),
      close: async () => void other.close(),
    };
  }
  async function writeElsewhere(sql: string, values: unknown[]) {
    const other = await otherConnection();
    try {
      await other.run(sql, values);
    } finally {
      await other.close();
    }
  }
  const version = async () => {
    const d = await db();
    const rows = await d.$queryRawUnsafe<{ v: unknown }[]>(SEARCH_VERSION_SQL[provider()]);
    return Number(rows[0].v);
  };

  it("serves a repeated search from the cache, and a write in this process shows at once", async () => {
    const analyst = await makeUser("analyst");
    const w = word();
    const first = await createClaim(analyst, { text: `Harbour cranes idle ${w}`, kind: "factual" });
    const before = await search(analyst, { q: w });
    expect(ids(before.items)).toEqual([first.id]);
    expect(await search(analyst, { q: w })).toBe(before); // the same page object: no database work

    const second = await createClaim(analyst, { text: `Harbour cranes idle again ${w}`, kind: "factual" });
    expect(ids((await search(analyst, { q: w })).items).sort()).toEqual([first.id, second.id].sort());
    await updateClaim(analyst, second.id, { version: 1, text: "Harbour cranes busy" });
    expect(ids((await search(analyst, { q: w })).items)).toEqual([first.id]);
  });

  it("shows a write made through another connection (another process) at the next search", async () => {
    const analyst = await makeUser("analyst");
    const [w, renamed] = [word(), word()];
    const claim = await createClaim(analyst, { text: `Quay lights out ${w}`, kind: "factual" });
    expect(ids((await search(analyst, { q: w })).items)).toEqual([claim.id]);
    await writeElsewhere(`UPDATE "Claim" SET "text" = ? WHERE "id" = ?`, [`Quay lights out ${renamed}`, claim.id]);
    expect((await search(analyst, { q: w })).items).toEqual([]);
    expect(ids((await search(analyst, { q: renamed })).items)).toEqual([claim.id]);
  });

  it("moves the version on with every write to a searched table, and only then", async () => {
    const analyst = await makeUser("analyst");
    const claim = await createClaim(analyst, { text: "Tide tables revised", kind: "factual" });
    const start = await version();
    await makeUser("reviewer"); // not a searched table
    expect(await version()).toBe(start);
    await writeElsewhere(`UPDATE "Claim" SET "summary" = ? WHERE "id" = ?`, ["Checked", claim.id]);
    const afterOne = await version();
    expect(afterOne).toBeGreaterThan(start);
    // Many separate writes (PostgreSQL folds its change log now and then): the version never stands still.
    let last = afterOne;
    const other = await otherConnection();
    try {
      for (let i = 0; i < 300; i++) {
        await other.run(`INSERT INTO "Tag" ("id", "name") VALUES (?, ?)`, [`tv${i}${word()}`, `tv${i}${word()}`]);
        const now = await version();
        expect(now).toBeGreaterThan(last);
        last = now;
      }
    } finally {
      await other.close();
    }
    if (provider() === "postgresql") {
      const d = await db();
      const [{ n }] = await d.$queryRawUnsafe<{ n: unknown }[]>(
        `SELECT count(*)::int AS n FROM "claimdesk_search"."change_log"`,
      );
      expect(Number(n)).toBeLessThan(300); // folded into the base count, not growing without end
    }
  });
});

describe("search: rows changed by the database itself", () => {
  it("keeps a claim searchable when its claimant is deleted and the claimant is cleared", async () => {
    const analyst = await makeUser("analyst");
    const m = word();
    const claimant = await createActor(analyst, { name: `Oskar Vell ${m}`, kind: "person" });
    const claim = await createClaim(analyst, {
      text: `Harbour ${m} fees doubled`,
      kind: "factual",
      claimantId: claimant.id,
    });
    expect(ids(await find(analyst, m, { actor: claimant.id, type: "claim" }))).toEqual([claim.id]);
    // The foreign key clears Claim.claimantId (ON DELETE SET NULL), which re-indexes the claim in a trigger.
    await (await db()).actor.delete({ where: { id: claimant.id } });
    expect((await (await db()).claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBeNull();
    expect(ids(await find(analyst, m, { type: "claim" }))).toEqual([claim.id]);
    expect(ids(await find(analyst, m, { actor: claimant.id, type: "claim" }))).toEqual([]);
  });
});

describe("search: filters, ranking and pages", () => {
  it("filters by type, status, verdict, actor, tag and date", async () => {
    const analyst = await makeUser("analyst");
    const editor = await makeUser("editor");
    const m = word();
    const [tagA, tagB] = [word(), word()];
    const speaker = await createActor(analyst, { name: "Pia Lund", kind: "person" });
    const other = await createActor(analyst, { name: "Brask Council", kind: "government" });
    const a = await createClaim(analyst, {
      text: `Ferry ${m} resumes at dawn`,
      kind: "factual",
      claimantId: speaker.id,
      tags: tagA,
    });
    const b = await createClaim(analyst, {
      text: `Ferry ${m} timetable is wrong`,
      kind: "factual",
      subjectIds: [speaker.id],
      tags: tagB,
    });
    const c = await createClaim(analyst, {
      text: `Ferry ${m} repairs are finished`,
      kind: "factual",
      claimantId: other.id,
    });
    const source = await createSource(analyst, {
      title: `Ferry ${m} report`,
      text: `Pia Lund said the ${m} ferry resumes.`,
      publishedAt: "2019-05-01",
    });
    const statement = await addStatement(source.id, speaker.id, `the ${m} ferry resumes`);
    const d = await db();
    await d.claim.update({ where: { id: b.id }, data: { status: "published" } });
    await d.cardVersion.create({
      data: {
        claimId: b.id,
        slug: b.slug,
        number: 1,
        headline: "h",
        truthVerdict: "mostly_false",
        attributionVerdict: "not_applicable",
        rationale: "r",
        content: "{}",
        publishedById: editor.userId,
      },
    });
    await d.cardVersion.create({
      data: {
        claimId: b.id,
        slug: b.slug,
        number: 2,
        headline: "h",
        truthVerdict: "false",
        attributionVerdict: "not_applicable",
        rationale: "r",
        content: "{}",
        publishedById: editor.userId,
      },
    });
    await d.claim.update({ where: { id: a.id }, data: { createdAt: new Date("2020-03-01T12:00:00Z") } });

    const got = async (extra: Record<string, string>) => ids(await find(analyst, m, extra)).sort();
    expect(await got({})).toEqual([a.id, b.id, c.id, source.id, statement.id].sort());
    expect(await got({ type: "claim" })).toEqual([a.id, b.id, c.id].sort());
    expect(await got({ type: "source" })).toEqual([source.id]);
    expect(await got({ type: "statement" })).toEqual([statement.id]);
    expect(await got({ status: "published" })).toEqual([b.id]);
    expect(await got({ status: "draft" })).toEqual([a.id, c.id].sort());
    expect(await got({ verdict: "false" })).toEqual([b.id]); // the latest card's verdict
    expect(await got({ verdict: "mostly_false" })).toEqual([]);
    expect(await got({ actor: speaker.id })).toEqual([a.id, b.id, statement.id].sort());
    expect(await got({ actor: other.id })).toEqual([c.id]);
    expect(await got({ actor: speaker.id, type: "statement" })).toEqual([statement.id]);
    expect(await got({ tag: tagA.toUpperCase() })).toEqual([a.id]);
    expect(await got({ tag: tagB, status: "published" })).toEqual([b.id]);
    expect(await got({ type: "claim", from: "2021-01-01" })).toEqual([b.id, c.id].sort());
    expect(await got({ type: "claim", to: "2020-03-01" })).toEqual([a.id]); // a date-only "to" includes the day
    expect(await got({ type: "claim", from: "2020-02-01", to: "2020-02-28" })).toEqual([]);
    expect(await got({ type: "source", from: "2019-05-01", to: "2019-05-01" })).toEqual([source.id]); // sources by publishedAt
    expect(await got({ type: "source", from: "2019-05-02" })).toEqual([]);

    expect((await find(analyst, m, { type: "claim", to: "2020-03-01" }))[0].date).toBe("2020-03-01T12:00:00.000Z"); // read back as UTC
    const hit = (await find(analyst, m, { status: "published" }))[0];
    expect(hit).toMatchObject({ type: "claim", status: "published", verdict: "false" });
    await expect(search(analyst, { q: m, type: "cards" })).rejects.toBeInstanceOf(ValidationError);
    await expect(search(analyst, { q: m, verdict: "pants_on_fire" })).rejects.toBeInstanceOf(ValidationError);
    await expect(search(analyst, { q: m, from: "2021-01-02", to: "2021-01-01" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(search(analyst, { q: m, from: "yesterday" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("ranks an exact title match above passing mentions", async () => {
    const analyst = await makeUser("analyst");
    const m = word();
    const title = `Harbour levy ${m} doubles`;
    const mention = await createClaim(analyst, {
      text: `Council budget debate covers many items including the ${m} harbour levy`,
      kind: "factual",
      summary: `A long summary. The harbour levy ${m} doubles, the mayor said in passing, among other things about roads, schools and parks.`,
    });
    const source = await createSource(analyst, {
      title: "Budget speech",
      text: `Among many topics: Harbour levy ${m} doubles. Then roads. Then schools.`,
    });
    const exact = await createClaim(analyst, { text: title, kind: "factual" });
    const hits = await find(analyst, title);
    expect(hits[0].id).toBe(exact.id);
    expect(ids(hits)).toEqual(expect.arrayContaining([mention.id, source.id]));
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    // Also while typing the title.
    expect((await find(analyst, title.slice(0, -3)))[0].id).toBe(exact.id);
  });

  it("pages through ranked results with an opaque cursor, without repeats", async () => {
    const analyst = await makeUser("analyst");
    const m = word();
    const made = new Set<string>();
    for (let i = 0; i < 7; i++)
      made.add((await createClaim(analyst, { text: `Pier ${m} number ${i} reopened`, kind: "factual" })).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search(analyst, { q: m, limit: "3", ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(made);
    for (const bad of ["nope", "b2Zmc2V0Oi0x", encodeSearchCursor(0), encodeSearchCursor(5000), "x".repeat(200)]) {
      await expect(search(analyst, { q: m, cursor: bad }), bad).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(search(analyst, { q: m, limit: "0" })).rejects.toBeInstanceOf(ValidationError);
    await expect(search(analyst, { q: m, limit: "51" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("search: hostile input and access", () => {
  const HOSTILE = [
    '"',
    '""',
    '"""',
    '"unbalanced phrase',
    'a"b"c"d',
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "and or not near",
    "ferry AND",
    "AND ferry",
    "NEAR(ferry dawn, 2)",
    "ferry OR dawn NOT brask",
    "*",
    "**",
    "ferry*",
    "*ferry",
    "fer*ry",
    ":",
    "title:ferry",
    "{title}: ferry",
    "title : ferry",
    "^",
    "^ferry",
    "ferry^2",
    "(",
    ")",
    "((ferry)",
    "ferry)",
    "()",
    "-",
    "--",
    "-ferry",
    "ferry -dawn",
    "+ferry",
    "- - -",
    "🙂",
    "🙂🙂 🙂",
    "👩‍👩‍👧 family",
    "🇳🇴",
    "!!!",
    "...",
    "?",
    "\\",
    "\\\\",
    "'",
    "''",
    "' OR 1=1 --",
    '"; DROP TABLE "Claim"; --',
    "%",
    "_",
    "%_%",
    "&",
    "|",
    "!",
    "<->",
    "ferry <-> dawn",
    "ferry:*",
    "'ferry':*",
    "ferry & dawn | !brask",
    "@@",
    "::tsquery",
    "\u0000",
    "ferry\u0000dawn",
    "\uD800",
    "\uDFFFferry",
    `${MARK_START}ferry${MARK_END}`,
    "\u200B\u200D\uFEFF",
    "\t\n\r",
    "   ",
    "ẞtraße",
    "İstanbul",
    "مرحبا بالعالم",
    "東京 港",
    "café crème",
    "ﷺ",
    "x".repeat(500),
    "ferry ".repeat(83),
    "a b c d e f g h i j k l m n o p q r s t",
    "NOT".repeat(100),
    '"'.repeat(499),
    "(".repeat(500),
    "*".repeat(500),
    "\u{10FFFF}",
    "１２３",
    "3.5%",
    "pia@example.com",
    "https://example.com/a?b=c&d",
  ];

  it(`never fails on ${HOSTILE.length} hostile queries: 200 with results or none, or 422 when too long`, async () => {
    const analyst = await makeUser("analyst");
    const token = await createApiToken(analyst.userId, "test");
    const m = word();
    const claim = await createClaim(analyst, { text: `Ferry ${m} resumes at dawn in Brask`, kind: "factual" });
    for (const q of [
      ...HOSTILE,
      `"${m}`,
      `${m}"`,
      `${m} AND`,
      `-${m}`,
      `${m}*`,
      `(${m})`,
      `${m}:`,
      `^${m}`,
      `NEAR(${m})`,
    ]) {
      const res = await callRoute(searchRoute.GET, "GET", `/api/v1/search?q=${enc(q)}`, { token });
      expect(res.status, JSON.stringify(q)).toBe(200);
      expect(Array.isArray(res.json.items), JSON.stringify(q)).toBe(true);
      for (const item of res.json.items) expect(item.snippet + item.title).not.toMatch(/[\uE000\uE001]/);
      await expect(search(analyst, { q }), JSON.stringify(q)).resolves.toHaveProperty("items");
      if (q.includes(m) && !/[()^:]/.test(q)) expect(ids(res.json.items), JSON.stringify(q)).toContain(claim.id);
    }
    for (const q of ["x".repeat(501), "ferry ".repeat(200), "🙂".repeat(501)]) {
      const res = await callRoute(searchRoute.GET, "GET", `/api/v1/search?q=${enc(q)}`, { token });
      expect(res.status).toBe(422);
      expect(res.json.error.fields.q).toBeDefined();
    }
    // Query strings in raw form (not URL-encoded by us) reach the same parser.
    for (const raw of ["q=%E0%A4%A", "q=%", "q=%00", "q=a&q=b", "type=claim&type=actor&q=ferry"]) {
      const res = await callRoute(searchRoute.GET, "GET", `/api/v1/search?${raw}`, { token });
      expect([200, 422], raw).toContain(res.status);
    }
  });

  it("is for signed-in staff only: 401 for anonymous callers, results for any staff role", async () => {
    const m = word();
    const analyst = await makeUser("analyst");
    await createClaim(analyst, { text: `Draft ${m} claim nobody outside should see`, kind: "factual" });
    await expect(search(null, { q: m })).rejects.toBeInstanceOf(UnauthorizedError);
    const anonymous = await callRoute(searchRoute.GET, "GET", `/api/v1/search?q=${m}`);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.json)).not.toContain(m + " claim");
    expect((await callRoute(searchRoute.GET, "GET", `/api/v1/search?q=${m}`, { token: "cdk_nope" })).status).toBe(401);
    const reviewer = await makeUser("reviewer");
    const res = await callRoute(searchRoute.GET, "GET", `/api/v1/search?q=${m}`, {
      token: await createApiToken(reviewer.userId, "t"),
    });
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(1);
    expect(res.json).toEqual({
      items: [
        expect.objectContaining({
          type: "claim",
          title: expect.stringContaining(m),
          snippet: expect.any(String),
          highlights: expect.any(Array),
          url: expect.stringMatching(/^\/claims\//),
          score: expect.any(Number),
        }),
      ],
      nextCursor: null,
    });
    // An empty query is an empty answer, not an error.
    expect(
      (
        await callRoute(searchRoute.GET, "GET", "/api/v1/search", {
          token: await createApiToken(reviewer.userId, "t2"),
        })
      ).json,
    ).toEqual({ items: [], nextCursor: null });
  });
});

describe("search: the migration", () => {
  it("creates the objects the drift test ignores", async () => {
    const d = await db();
    if (provider() === "postgresql") {
      const columns = await d.$queryRawUnsafe<{ table_name: string }[]>(
        `SELECT table_name::text AS table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = $1 AND data_type = 'tsvector'`,
        PG_SEARCH_COLUMN,
      );
      expect(columns.map((c) => c.table_name).sort()).toEqual([...PG_SEARCH_TABLES].sort());
      const indexes = await d.$queryRawUnsafe<{ indexname: string }[]>(
        `SELECT indexname::text AS indexname FROM pg_indexes WHERE schemaname = 'public'`,
      );
      expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining([...PG_SEARCH_INDEXES]));
      const versionTriggers = await d.$queryRawUnsafe<{ table_name: string }[]>(
        `SELECT c.relname::text AS table_name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'search_version'`,
      );
      // A missing one would serve stale cached pages.
      expect(versionTriggers.map((t) => t.table_name).sort()).toEqual([...SEARCH_SOURCE_TABLES].sort());
    } else {
      const tables = await d.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...SQLITE_SEARCH_TABLES]));
      const triggers = await d.$queryRawUnsafe<{ name: string }[]>(
        `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%' AND name NOT LIKE 'search_version_%'`,
      );
      expect(triggers.length).toBe(31); // insert, update and delete on 10 tables, plus Tag renames
      const versionTriggers = await d.$queryRawUnsafe<{ tbl_name: string }[]>(
        `SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_version_%'`,
      );
      // Insert, update and delete on every table the search reads: a missing one would serve stale cached pages.
      expect(versionTriggers.length).toBe(3 * SEARCH_SOURCE_TABLES.length);
      expect(new Set(versionTriggers.map((t) => t.tbl_name))).toEqual(new Set(SEARCH_SOURCE_TABLES));
    }
  });

  it("indexes rows that existed before it ran", async () => {
    const search = async (raw: RawQueryable, dialect: "sqlite" | "postgresql", q: string) =>
      (
        await runSearch(dialect === "sqlite" ? sqliteBackend(raw) : postgresBackend(raw), {
          q,
          filters: {},
          offset: 0,
          limit: 20,
          maxResults: 200,
          encodeCursor: String,
        })
      ).items
        .map((h) => h.type)
        .sort();
    const migrations = (dir: string) =>
      readdirSync(dir)
        .filter((n) => /^\d{14}_/.test(n))
        .sort();
    const before = (dir: string) =>
      migrations(dir)
        .filter((n) => n < "20261121120000_search")
        .map((n) => readFileSync(path.join(dir, n, "migration.sql"), "utf8"));
    const searchSql = (dir: string) => readFileSync(path.join(dir, "20261121120000_search", "migration.sql"), "utf8");
    const now = "2026-01-01T00:00:00.000+00:00";
    const rows = [
      `INSERT INTO "Actor" ("id", "name", "kind", "createdAt") VALUES ('a1', 'Olden Mayor', 'person', '${now}')`,
      `INSERT INTO "ActorAlias" ("id", "actorId", "alias") VALUES ('al1', 'a1', 'Oldalias')`,
      `INSERT INTO "Source" ("id", "title", "kind", "createdAt") VALUES ('s1', 'Olden Gazette', 'article', '${now}')`,
      `INSERT INTO "SourceRevision" ("id", "sourceId", "number", "text", "contentHash", "createdAt") VALUES ('r1', 's1', 1, 'The oldquote bridge closed.', 'h', '${now}')`,
      `INSERT INTO "Claim" ("id", "slug", "text", "kind", "status", "version", "createdAt", "updatedAt") VALUES ('c1', 'c1', 'The oldclaim bridge closed', 'factual', 'draft', 1, '${now}', '${now}')`,
      `INSERT INTO "Tag" ("id", "name") VALUES ('t1', 'oldtag')`,
      `INSERT INTO "ClaimTag" ("claimId", "tagId") VALUES ('c1', 't1')`,
      `INSERT INTO "Statement" ("id", "sourceId", "revisionId", "speakerId", "kind", "exact", "start", "end", "createdAt") VALUES ('st1', 's1', 'r1', 'a1', 'direct', 'oldquote bridge', 4, 19, '${now}')`,
      `INSERT INTO "Evidence" ("id", "claimId", "sourceId", "revisionId", "stance", "note", "exact", "start", "end", "createdAt") VALUES ('e1', 'c1', 's1', 'r1', 'supports', 'oldnote', 'oldquote bridge', 4, 19, '${now}')`,
    ];
    const expectations = async (raw: RawQueryable, dialect: "sqlite" | "postgresql") => {
      expect(await search(raw, dialect, "oldalias")).toEqual(["actor"]);
      expect(await search(raw, dialect, "olden")).toEqual(["actor", "source", "statement"]); // the statement by its speaker
      expect(await search(raw, dialect, "oldquote")).toEqual(["evidence", "source", "statement"]);
      expect(await search(raw, dialect, "oldtag")).toEqual(["claim"]);
      expect(await search(raw, dialect, "oldnote")).toEqual(["evidence"]);
      expect(await search(raw, dialect, "oldclaim")).toEqual(["claim"]); // evidence shows its claim's text as title but is not found by it
    };

    if (provider() === "postgresql") {
      const base = inject("pgBaseUrl");
      const name = `claimdesk_search_${randomBytes(4).toString("hex")}`;
      await adminQuery(base, `CREATE DATABASE "${name}"`);
      const client = new pg.Client({ connectionString: withDatabase(base, name) });
      await client.connect();
      try {
        const dir = path.resolve("prisma/postgresql/migrations");
        for (const sql of before(dir)) await client.query(sql);
        for (const row of rows) await client.query(row.replaceAll("+00:00", ""));
        await client.query(searchSql(dir));
        let queue: Promise<unknown> = Promise.resolve(); // one client runs one query at a time
        const raw: RawQueryable = {
          $queryRawUnsafe: (sql: string, ...values: unknown[]) => {
            const next = queue.then(async () => (await client.query(sql, values)).rows);
            queue = next.catch(() => undefined);
            return next as never;
          },
        };
        await expectations(raw, "postgresql");
      } finally {
        await client.end();
        await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    } else {
      const file = path.join(tmpdir(), `claimdesk-search-${randomBytes(4).toString("hex")}.db`);
      const sqlite = new Database(file);
      try {
        const dir = path.resolve("prisma/migrations");
        for (const sql of before(dir)) sqlite.exec(sql);
        for (const row of rows) sqlite.exec(row);
        sqlite.exec(searchSql(dir));
        const raw: RawQueryable = {
          $queryRawUnsafe: async (sql: string, ...values: unknown[]) => sqlite.prepare(sql).all(...values) as never,
        };
        await expectations(raw, "sqlite");
      } finally {
        sqlite.close();
        rmSync(file, { force: true });
      }
    }
  });

  it("lets FTS5 order by rank itself and walks the index newest first, without temporary sorts (SQLite)", async () => {
    if (provider() !== "sqlite") return;
    const d = await db();
    const query = parseSearchQuery("ferry dawn");
    for (const filters of [
      {},
      { from: new Date("2020-01-01"), to: new Date("2030-01-01") },
      { status: "draft", tag: "x", actor: "a", verdict: "true" },
    ]) {
      const p = new Params("sqlite");
      const branches = SEARCH_TYPES.flatMap((type) => {
        const match = sqliteMatch(type, query, facetGroups(type, filters, "tagid") ?? []);
        return [sqliteRankBranch(p, type, match, filters, 21), sqliteRecentBranch(p, type, match, filters, 21, 2)];
      });
      const { sql, values } = p.finish(unionSql(branches));
      const plan = await d.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...values);
      const details = plan.map((r) => r.detail).join("\n");
      expect(details, `${JSON.stringify(filters)}\n${details}`).not.toMatch(/TEMP B-TREE/);
      expect(details.match(/VIRTUAL TABLE INDEX/g)?.length).toBeGreaterThanOrEqual(10);
    }
  });

  it("returns the newest matches, title matches first, when a word matches too many rows to rank (SQLite)", async () => {
    if (provider() !== "sqlite") return;
    const analyst = await makeUser("analyst");
    const m = word();
    const d = await db();
    const titled = await createClaim(analyst, { text: `Old ${m} claim`, kind: "factual" });
    const mentions = [];
    for (let i = 0; i < 4; i++)
      mentions.push(
        await createClaim(analyst, { text: `Claim number ${i}`, kind: "factual", summary: `Mentions ${m} in passing` }),
      );
    const backend = sqliteBackend(d, { rankCap: 2 });
    const page = await runSearch(backend, {
      q: m,
      filters: {},
      offset: 0,
      limit: 3,
      maxResults: 200,
      encodeCursor: String,
    });
    expect(ids(page.items)).toEqual([titled.id, mentions[3].id, mentions[2].id]);
    expect(page.items[1].snippet.slice(...page.items[1].highlights[0])).toBe(m);
    expect(page.nextCursor).not.toBeNull();
    // Filters still apply in this mode.
    await d.claim.update({ where: { id: mentions[0].id }, data: { status: "published" } });
    const published = await runSearch(backend, {
      q: m,
      filters: { status: "published" },
      offset: 0,
      limit: 3,
      maxResults: 200,
      encodeCursor: String,
    });
    expect(ids(published.items)).toEqual([mentions[0].id]);
  });

  it("finds every longer word while a word is typed, without expanding the prefix in the index (SQLite)", async () => {
    if (provider() !== "sqlite") return;
    const analyst = await makeUser("analyst");
    const m = word();
    const d = await db();
    const whole = [];
    for (let i = 0; i < 3; i++)
      whole.push(await createClaim(analyst, { text: `Claim ${i} about ${m}`, kind: "factual" }));
    const longer = await createClaim(analyst, { text: `Claim about ${m}ville`, kind: "factual" });
    // With the word list (the typed word becomes "m" OR "mville"), and without it (maxCompletions 0: the
    // whole word alone, 3 > rankCap matches, settles that there are too many to rank).
    for (const maxCompletions of [32, 0]) {
      const probes: unknown[][] = [];
      const counting: RawQueryable = {
        $queryRawUnsafe: (sql: string, ...values: unknown[]) => {
          if (sql.includes("count(*)")) probes.push(values);
          return d.$queryRawUnsafe(sql, ...values);
        },
      };
      const page = await runSearch(sqliteBackend(counting, { rankCap: 2, maxCompletions }), {
        q: m, // typed, so a prefix: 4 claims
        type: "claim",
        filters: {},
        offset: 0,
        limit: 10,
        maxResults: 200,
        encodeCursor: String,
      });
      expect(ids(page.items), String(maxCompletions)).toEqual([longer.id, whole[2].id, whole[1].id, whole[0].id]);
      // The prefix itself was never probed (that is the expensive part).
      expect(probes).toHaveLength(1);
      expect(JSON.stringify(probes)).toContain(maxCompletions ? `\\"${m}ville\\"` : `\\"${m}\\"`);
      expect(JSON.stringify(probes)).not.toContain(`\\"${m}\\"*`);
    }
  });
});
