// Import throughput: 100 articles of ~5 KB through POST /api/v1/sources (with extraction of
// suggestions) against `next start` on a fresh database.
//   npm run build && npm run bench:import -- [--articles 100] [--concurrency 4] [--database-url URL] [--dir DIR]
// Articles are the corpus files in ../shared/corpus (read, never stored in the repo), cycled.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseTarget } from "../lib/db/target.ts";
import { migrateIfNeeded } from "../lib/db/migrate.ts";
import { startServer } from "./lib/server.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
    port: { type: "string", default: "3401" },
    "database-url": { type: "string" },
    dir: { type: "string", default: path.join(repoRoot, "..", "shared", "corpus") },
  },
});
const total = Number(values.articles);
const concurrency = Number(values.concurrency);
const texts = readdirSync(values.dir!).map((f) => readFileSync(path.join(values.dir!, f), "utf8"));
const target = databaseTarget({
  DATABASE_URL:
    values["database-url"] ?? `file:${path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-import-")), "import.db")}`,
});
await migrateIfNeeded(target);
process.env.DATABASE_URL = target.url;
const { addUserFromCli, createTokenFromCli } = await import("../lib/services/users.ts");
const { closeDb } = await import("../lib/db/client.ts");
const email = `import-${Date.now()}@bench.claimdesk.test`;
await addUserFromCli({ email, role: "analyst", password: "bench-password" });
const token = await createTokenFromCli({ email });
await closeDb();

const server = await startServer(target.url, Number(values.port));
let next = 0;
let bytes = 0;
const failures: string[] = [];
const started = process.hrtime.bigint();
try {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const text = texts[i % texts.length];
        bytes += Buffer.byteLength(text);
        const res = await fetch(`${server.url}/api/v1/sources`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ title: `Import benchmark ${i}`, text, publisher: "Benchmark", allowDuplicate: true }),
        });
        if (res.status !== 201) failures.push(`${i}: ${res.status} ${await res.text()}`);
      }
    }),
  );
} finally {
  server.stop();
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `${target.provider}: imported ${total - failures.length}/${total} articles (mean ${(bytes / total / 1024).toFixed(1)} KB) in ${seconds.toFixed(2)} s with ${concurrency} concurrent requests: ${(total / seconds).toFixed(1)} articles/s`,
);
if (failures.length) console.log(`failures:\n${failures.slice(0, 5).join("\n")}`);
