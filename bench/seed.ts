// Benchmark data generator: npm run bench:seed -- --claims 100000 [--database-url URL]
// Fills an EMPTY database (default file:./data/bench.db) with fictional sources, actors,
// statements, claims, ~10 evidence rows per claim, reviews and published cards, at realistic
// ratios, then prints the counts and how long it took. Serve it with
//   DATABASE_URL=file:./data/bench.db CLAIMDESK_DEMO=0 npm start
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { selectorsFor } from "../lib/anchoring/index.ts";
import { hashPassword } from "../lib/auth/password.ts";
import { migrateIfNeeded } from "../lib/db/migrate.ts";
import { databaseTarget } from "../lib/db/target.ts";
import { bulkWriter, type Row } from "./lib/bulk-writer.ts";
import { actorFor, articleText, claimText, pick, RATIOS, rng } from "./lib/fake-newsroom.ts";

const { values } = parseArgs({
  options: { claims: { type: "string", default: "100000" }, "database-url": { type: "string" } },
});
const claims = Number(values.claims);
if (!Number.isInteger(claims) || claims < 10) {
  console.error("--claims must be a whole number of at least 10.");
  process.exit(2);
}
const target = databaseTarget({
  DATABASE_URL: values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? "file:./data/bench.db",
});
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
await migrateIfNeeded(target);
const writer = await bulkWriter(target);
if ((await writer.count("Claim")) > 0) {
  console.error("The benchmark database is not empty; delete it or name another with --database-url.");
  process.exit(2);
}
const r = rng(20261121);
const now = new Date();
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(7, "0")}`;
const sha = (text: string) => "sha256:" + createHash("sha256").update(text).digest("hex");
const CHUNK = 20_000;

async function inChunks(table: string, total: number, make: (i: number) => Row | Row[]) {
  for (let from = 0; from < total; from += CHUNK) {
    const rows: Row[] = [];
    for (let i = from; i < Math.min(total, from + CHUNK); i++) {
      const made = make(i);
      if (Array.isArray(made)) rows.push(...made);
      else rows.push(made);
    }
    await writer.insert(table, rows);
  }
  console.log(`${table.padEnd(16)} ${(await writer.count(table)).toLocaleString("en").padStart(10)}  (${elapsed()})`);
}

const passwordHash = await hashPassword("bench-password");
const roles = ["admin", "editor", "reviewer", "reviewer", "analyst", "analyst"];
await inChunks("User", roles.length, (i) => ({
  id: id("u", i),
  email: `${roles[i]}${i}@bench.claimdesk.test`,
  name: `Bench ${roles[i]} ${i}`,
  role: roles[i],
  passwordHash,
  createdAt: now,
}));

const nActors = Math.max(6, Math.round(claims * RATIOS.actorsPerClaim));
const actorNames: string[] = [];
await inChunks("Actor", nActors, (i) => {
  const a = actorFor(r, i);
  actorNames.push(a.name);
  return { id: id("a", i), name: a.name, kind: a.kind, createdAt: now };
});
await inChunks("ActorAlias", nActors, (i) => ({
  id: id("al", i),
  actorId: id("a", i),
  alias: actorNames[i].split(" ").slice(-2).join(" "),
}));

const nSources = Math.max(2, Math.round(claims * RATIOS.sourcesPerClaim));
const texts: string[] = [];
await inChunks("Source", nSources, (i) => ({
  id: id("s", i),
  title: `Fictional report ${i}`,
  kind: "article",
  publisher: `The ${i % 50} Courier (fictional)`,
  url: `https://news.example/${i}`,
  publishedAt: day(i % 300),
  createdAt: now,
}));
await inChunks("SourceRevision", nSources, (i) => {
  const text = articleText(r, i);
  texts[i] = text;
  return { id: id("r", i), sourceId: id("s", i), number: 1, text, contentHash: sha(text), createdAt: now };
});

function span(sourceIndex: number) {
  const text = texts[sourceIndex];
  const start = Math.floor(r() * (text.length - 200)) + 40;
  const length = 60 + Math.floor(r() * 80);
  const sel = selectorsFor(text, start, start + length);
  return { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end };
}

const nStatements = Math.round(claims * RATIOS.statementsPerClaim);
await inChunks("Statement", nStatements, (i) => {
  const s = i % nSources;
  return {
    id: id("st", i),
    sourceId: id("s", s),
    revisionId: id("r", s),
    speakerId: id("a", i % nActors),
    cue: "said",
    kind: i % 3 ? "direct" : "indirect",
    anonymous: (i % nActors) % 6 === 5,
    hedges: "[]",
    ...span(s),
    anchorStatus: "anchored",
    createdAt: now,
  };
});

const statuses = ["draft", "in_review", "verdict_proposed"];
await inChunks("Claim", claims, (i) => {
  const published = i % Math.round(1 / RATIOS.publishedShare) === 0;
  return {
    id: id("c", i),
    slug: `bench-claim-${i}`,
    text: claimText(r, i),
    kind: i % 2 ? "factual" : "responsibility_attribution",
    status: published ? "published" : pick(r, statuses),
    claimantId: id("a", i % nActors),
    version: 1,
    createdAt: day(i % 300),
    updatedAt: day(i % 300),
  };
});
await inChunks("ClaimSubject", claims, (i) => ({ claimId: id("c", i), actorId: id("a", (i * 7 + 1) % nActors) }));
await inChunks("ClaimAppearance", claims, (i) => ({
  id: id("ap", i),
  claimId: id("c", i),
  sourceId: id("s", i % nSources),
  createdAt: now,
}));
const stances = ["supports", "contradicts", "context"];
await inChunks("Evidence", claims, (i) =>
  Array.from({ length: RATIOS.evidencePerClaim }, (_, k) => {
    const s = (i * 13 + k * 7) % nSources;
    return {
      id: id("e", i * RATIOS.evidencePerClaim + k),
      claimId: id("c", i),
      sourceId: id("s", s),
      revisionId: id("r", s),
      stance: stances[k % 3],
      note: k === 0 ? "Key passage" : null,
      ...span(s),
      anchorStatus: "anchored",
      createdAt: now,
    };
  }),
);
await inChunks("Review", claims, (i) =>
  Array.from({ length: i % 2 ? 2 : 1 }, (_, k) => ({
    id: id("rv", i * 2 + k),
    claimId: id("c", i),
    reviewerId: id("u", 2 + k),
    truthVerdict: pick(r, ["true", "mostly_true", "mixed", "mostly_false", "false", "unproven"]),
    attributionVerdict: "accurately_attributed",
    rationale: "Checked against the sources (benchmark data).",
    confidence: "medium",
    createdAt: now,
    updatedAt: now,
  })),
);
const publishedEvery = Math.round(1 / RATIOS.publishedShare);
await inChunks("CardVersion", Math.ceil(claims / publishedEvery), (j) => {
  const i = j * publishedEvery;
  const content = {
    claim: { text: `Benchmark claim ${i}`, kind: "factual", claimant: actorNames[i % nActors] },
    truthVerdict: "mixed",
    attributionVerdict: "accurately_attributed",
    rationale: "Benchmark rationale.",
    evidence: [
      {
        stance: "supports",
        quote: texts[i % nSources].slice(100, 180),
        sourceTitle: `Fictional report ${i % nSources}`,
        publisher: "The Courier (fictional)",
        publishedAt: day(1).toISOString(),
        url: `https://news.example/${i % nSources}`,
      },
    ],
    reviewCount: 1,
  };
  return {
    id: id("cv", j),
    claimId: id("c", i),
    slug: `bench-claim-${i}`,
    number: 1,
    headline: `Benchmark card ${i}`,
    truthVerdict: "mixed",
    attributionVerdict: "accurately_attributed",
    rationale: "Benchmark rationale.",
    content: JSON.stringify(content),
    publishedAt: now,
  };
});
await writer.close();
console.log(`done: ${claims.toLocaleString("en")} claims in ${elapsed()} (${target.provider})`);
