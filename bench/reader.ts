// The reader of a large source in Chromium: bytes on the wire and time until it answers the keyboard.
//   npm run build && npm run bench:reader -- [--mb 2] [--runs 5] [--port 3402] [--database-url URL] [--trace [--tasks-ms 50]]
// Imports one fictional source of --mb megabytes (with 30 evidence highlights) into a fresh database (or
// the one given), serves it with `next start`, and opens /sources/{id} signed in, --runs times with an
// empty cache. Prints, per run and as median and worst: bytes of the document (on the wire, gzip, and
// decoded) and of every response; the text's size for comparison; ms from navigation start until the
// first byte, until the page asks for the text (hydrated) and the first paragraph is in the DOM (both seen
// from inside the page), until the text is on screen (seen from here, as in earlier figures), until selecting words and pressing "e" opens the evidence
// dialog (interactive) and until the document (with its streamed side panels) is complete; database
// statements and requests per view; the load average, since figures on a shared machine move with it. --trace records a
// Chromium trace of the last view and prints where the page's main thread spent its time until interactive.
// Chromium at /usr/bin/chromium (CHROMIUM_PATH to change). Loopback only; figures depend on the machine.
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { databaseTarget } from "../lib/db/target.ts";
import { migrateIfNeeded } from "../lib/db/migrate.ts";
import { articleText, rng } from "./lib/fake-newsroom.ts";
import { startServer } from "./lib/server.ts";
import { functionTime, mainThreadTime, type TimeSpent } from "./lib/trace-summary.ts";

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "2" },
    runs: { type: "string", default: "5" },
    port: { type: "string", default: "3402" },
    "database-url": { type: "string" },
    trace: { type: "boolean", default: false },
    "tasks-ms": { type: "string", default: "50" },
  },
});
const bytesWanted = Number(values.mb) * 1024 * 1024;
const runs = Number(values.runs);

/** Fictional generated articles, one after another, up to the size asked for. */
function largeText(): string {
  const r = rng(20261130);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytesWanted; i++) {
    const article = articleText(r, i);
    parts.push(article);
    size += Buffer.byteLength(article) + 2;
  }
  return parts.join("\n\n");
}

async function prepare(databaseUrl: string) {
  const target = databaseTarget({ DATABASE_URL: databaseUrl });
  await migrateIfNeeded(target);
  process.env.DATABASE_URL = target.url;
  const { addUserFromCli } = await import("../lib/services/users.ts");
  const { createSession, principalFromSession } = await import("../lib/auth/sessions.ts");
  const { createSource } = await import("../lib/services/sources.ts");
  const { createClaim } = await import("../lib/services/claims.ts");
  const { addEvidence } = await import("../lib/services/evidence.ts");
  const { getDb, closeDb } = await import("../lib/db/client.ts");
  const email = `reader-${Date.now()}@bench.claimdesk.test`;
  await addUserFromCli({ email, role: "analyst", name: "Reader benchmark", password: "bench-password" });
  const user = await (await getDb()).user.findUniqueOrThrow({ where: { email } });
  const { token } = await createSession(user.id);
  const analyst = (await principalFromSession(token))!;
  const text = largeText();
  const source = await createSource(analyst, {
    title: "Reader benchmark (fictional)",
    text,
    allowDuplicate: true,
  });
  const claim = await createClaim(analyst, { text: `Reader benchmark claim ${Date.now()}`, kind: "factual" });
  // Highlights spread over the text, as on a source an analyst has worked through.
  for (let i = 0; i < 30; i++) {
    const start = text.indexOf(" ", Math.floor((text.length / 30) * i)) + 1;
    const end = text.indexOf(" ", start + 20);
    await addEvidence(analyst, claim!.id, {
      sourceId: source.id,
      quote: { exact: text.slice(start, end), start, end },
      stance: i % 3 === 0 ? "contradicts" : "supports",
    });
  }
  await closeDb();
  return { token, sourceId: source.id, textBytes: Buffer.byteLength(text) };
}

type Run = {
  requests: number;
  documentWire: number;
  documentBytes: number;
  allWire: number;
  allBytes: number;
  firstByte: number;
  documentDone: number;
  /** When the page asked for the text: hydrated, effects run. */
  asked: number;
  /** When the first paragraph was in the DOM, seen from inside the page. */
  shown: number;
  /** When the first paragraph was seen from the benchmark (as in earlier figures). */
  text: number;
  ready: number;
};

async function openReader(page: Page, url: string, profile = false): Promise<Run & { functions?: TimeSpent[] }> {
  const cdp = await page.context().newCDPSession(page);
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map<string, { document: boolean; decoded: number; wire: number }>();
  cdp.on("Network.requestWillBeSent", (e) =>
    requests.set(e.requestId, { document: e.type === "Document", decoded: 0, wire: 0 }),
  );
  cdp.on("Network.dataReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  // When the page asks for the text (its scripts have hydrated the reader and run its effects) and when the
  // first paragraph is in the DOM, seen from inside the page (polling from here would add its own delay).
  await page.addInitScript(() => {
    const times: Record<string, number> = {};
    (window as unknown as { benchTimes: typeof times }).benchTimes = times;
    const fetchBefore = window.fetch;
    window.fetch = function (...args: Parameters<typeof fetch>) {
      if (!times.asked && String(args[0]).includes("/text")) times.asked = performance.now();
      return fetchBefore.apply(this, args);
    };
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="source-text"] p')) return;
      times.shown = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { subtree: true, childList: true });
  });
  await page.goto(url, { waitUntil: "commit", timeout: 180_000 });
  await page.locator('[data-testid="source-text"] p').first().waitFor({ timeout: 180_000 });
  const text = await page.evaluate(() => performance.now());
  // Interactive: select the first paragraph's first words and press "e"; the evidence dialog opens.
  await page
    .locator('[data-testid="source-text"] p')
    .first()
    .evaluate((p) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 10);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      (p.closest('[role="region"]') as HTMLElement).focus({ preventScroll: true });
    });
  await page.keyboard.press("e");
  await page.getByRole("dialog").waitFor({ timeout: 180_000 });
  const ready = await page.evaluate(() => performance.mark("bench-ready").startTime);
  const functions = profile ? functionTime((await cdp.send("Profiler.stop")).profile) : undefined;
  await page.waitForLoadState("load");
  // When the server started answering and when it finished streaming (the slow side panels come last).
  const { firstByte, documentDone } = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { firstByte: nav.responseStart, documentDone: nav.responseEnd };
  });
  const { asked, shown } = await page.evaluate(
    () => (window as unknown as { benchTimes: { asked: number; shown: number } }).benchTimes,
  );
  await cdp.detach();
  const all = [...requests.values()];
  const sum = (list: typeof all, key: "decoded" | "wire") => list.reduce((s, r) => s + r[key], 0);
  const doc = all.filter((r) => r.document);
  return {
    requests: all.length,
    documentWire: sum(doc, "wire"),
    documentBytes: sum(doc, "decoded"),
    allWire: sum(all, "wire"),
    allBytes: sum(all, "decoded"),
    firstByte,
    documentDone,
    text,
    asked,
    shown,
    ready,
    functions,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

const databaseUrl =
  values["database-url"] ?? `file:${path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-reader-")), "reader.db")}`;
const { token, sourceId, textBytes } = await prepare(databaseUrl);
const server = await startServer(databaseUrl, Number(values.port));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const results: Run[] = [];
const statementsPerView: number[] = [];
let trace:
  | (ReturnType<typeof mainThreadTime> & {
      functions?: TimeSpent[];
      resources?: Array<{ name: string; start: number; end: number }>;
    })
  | null = null;
try {
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext();
    await context.addCookies([{ name: "claimdesk_session", value: token, url: server.url }]);
    const page = await context.newPage();
    const before = await server.statements();
    const tracing = values.trace && i === runs;
    if (tracing)
      await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "v8.execute"] });
    const run = await openReader(page, `${server.url}/sources/${sourceId}`, tracing);
    if (tracing) {
      trace = {
        ...mainThreadTime(
          (await browser.stopTracing()).toString("utf8"),
          "bench-ready",
          run.ready,
          Number(values["tasks-ms"]),
        ),
        functions: run.functions,
      };
      trace.resources = await page.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => ({
          name: r.name.replace(/^https?:\/\/[^/]+/, "").slice(0, 60),
          start: r.startTime,
          end: r.responseEnd,
        })),
      );
    }
    // The first view warms the server (compilation caches, database pages, the revision's figures).
    if (i > 0) {
      results.push(run);
      statementsPerView.push((await server.statements()) - before);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`\nReader of a ${kb(textBytes)} source (30 highlights), ${runs} views in Chromium, empty browser cache`);
console.log(
  "view   document wire / decoded   all responses wire / decoded   first byte ms   text asked ms   text in DOM ms   text on screen ms   interactive ms   document done ms",
);
results.forEach((r, i) =>
  console.log(
    `${String(i + 1).padEnd(6)} ${`${kb(r.documentWire)} / ${kb(r.documentBytes)}`.padStart(24)} ${`${kb(r.allWire)} / ${kb(r.allBytes)}`.padStart(30)} ${r.firstByte.toFixed(0).padStart(15)} ${r.asked.toFixed(0).padStart(15)} ${r.shown.toFixed(0).padStart(16)} ${r.text.toFixed(0).padStart(19)} ${r.ready.toFixed(0).padStart(16)} ${r.documentDone.toFixed(0).padStart(18)}`,
  ),
);
const doc = median(results.map((r) => r.documentBytes));
console.log(
  `median: document ${kb(median(results.map((r) => r.documentWire)))} on the wire, ${kb(doc)} decoded (${(doc / textBytes).toFixed(2)}× the text); ` +
    `first byte ${median(results.map((r) => r.firstByte)).toFixed(0)} ms, text asked for ${median(results.map((r) => r.asked)).toFixed(0)} ms, in the DOM ${median(results.map((r) => r.shown)).toFixed(0)} ms, on screen ${median(results.map((r) => r.text)).toFixed(0)} ms, interactive ${median(results.map((r) => r.ready)).toFixed(0)} ms ` +
    `(worst ${Math.max(...results.map((r) => r.ready)).toFixed(0)} ms; target ≤ 1,500 ms); ` +
    `document done ${median(results.map((r) => r.documentDone)).toFixed(0)} ms; ` +
    `${median(statementsPerView)} database statements and ${median(results.map((r) => r.requests))} requests per view; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
);
if (trace) {
  console.log(
    `\nLast view's main thread until interactive (${trace.total.toFixed(0)} ms after navigation start): busy ${trace.busy.toFixed(0)} ms; self time by kind:`,
  );
  for (const part of trace.parts.slice(0, 12))
    console.log(`  ${part.name.padEnd(44)} ${part.ms.toFixed(0).padStart(6)} ms`);
  console.log(`Tasks of ${values["tasks-ms"]} ms or more (start ms, duration ms, most of it):`);
  for (const t of trace.longTasks)
    console.log(`  ${t.at.toFixed(0).padStart(6)} ${t.ms.toFixed(0).padStart(6)}  ${t.top}`);
  console.log("JavaScript functions, self time (CPU profile):");
  for (const f of (trace.functions ?? []).slice(0, 15))
    console.log(`  ${f.name.padEnd(60)} ${f.ms.toFixed(0).padStart(6)} ms`);
  console.log("Responses of the last view (requested ms, done ms):");
  for (const r of trace.resources ?? [])
    console.log(`  ${r.start.toFixed(0).padStart(6)} ${r.end.toFixed(0).padStart(6)}  ${r.name}`);
}
