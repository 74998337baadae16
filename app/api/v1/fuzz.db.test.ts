// Property-based fuzzing of every API endpoint that takes a body: wrong types, huge and empty
// strings, odd unicode, nulls, extra fields, malformed JSON, oversized bodies. Never a 500, always
// a clear 4xx (or a success for a body that happens to be valid), and nothing written on a 4xx.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { ROUTE_ACCESS } from "@/lib/testing/access-matrix";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { rowCounts } from "@/lib/testing/row-counts";
import { useTestDatabase } from "@/lib/testing/test-database";

useTestDatabase();
const apiRoot = path.resolve(import.meta.dirname, "..");
const BODY_METHODS = ["POST", "PATCH", "PUT"] as const;
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u0007\u000B",
    "\uFFFE",
    "\uD800",
    "lone \uDFFF surrogate",
    "\uFEFF",
    "\u202E",
    "💥".repeat(100),
    "<script>alert(1)</script>",
    '\'; DROP TABLE "Claim"; --',
    "x".repeat(300_000),
  ),
);
const weirdValue = fc.oneof(
  weirdString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(weirdString, { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);
const fieldNames = fc.constantFrom(
  "title",
  "text",
  "kind",
  "name",
  "email",
  "role",
  "password",
  "version",
  "stance",
  "sourceId",
  "claimId",
  "quote",
  "exact",
  "note",
  "to",
  "headline",
  "rationale",
  "truthVerdict",
  "attributionVerdict",
  "confidence",
  "speakerId",
  "aliases",
  "tags",
  "q",
  "__proto__",
  "constructor",
);
const body = fc.oneof(
  fc.anything(),
  fc.dictionary(fieldNames, weirdValue, { maxKeys: 8 }),
  fc.record({ quote: fc.dictionary(fc.constantFrom("exact", "start", "end", "prefix"), weirdValue) }),
);
const malformed = fc.constantFrom("{", '{"a":', "[1,2", "nul", '"unterminated', '{"a":1}}', "\u0000", "");

const ids: Record<string, string> = {};
let token = "";
beforeAll(async () => {
  const admin = await makeUser("admin");
  token = await createApiToken(admin.userId, "fuzz");
  const db = await getDb();
  const source = await db.source.create({
    data: { title: "Fuzz source", revisions: { create: { number: 1, text: fictionalArticle(), contentHash: "x" } } },
  });
  const claim = await db.claim.create({
    data: { slug: "fuzz-claim", text: "The Velmora ferry resumes at dawn", kind: "factual" },
  });
  const actor = await db.actor.create({ data: { name: "Fuzz Actor", kind: "person" } });
  Object.assign(ids, {
    claims: claim.id,
    sources: source.id,
    actors: actor.id,
    users: admin.userId,
    cards: claim.slug,
  });
});

const routes = routeFiles(apiRoot).map((file) => ({
  file,
  route: "/api/" + path.relative(apiRoot, path.dirname(file)).split(path.sep).join("/"),
}));

describe("fuzzing the API", () => {
  for (const { file, route } of routes) {
    for (const method of BODY_METHODS) {
      if (!(`${method} ${route}` in ROUTE_ACCESS)) continue;
      it(`${method} ${route} never fails with 500 and writes nothing on a 4xx`, async () => {
        const handler = (await import(file))[method];
        const segments = route.split("/");
        const params = Object.fromEntries(
          segments.flatMap((seg, i) => {
            const m = /^\[(?:\.\.\.)?(\w+)\]$/.exec(seg);
            return m ? [[m[1], ids[segments[i - 1]] ?? "fuzz-missing"]] : [];
          }),
        );
        const url = segments.map((seg) => (seg.startsWith("[") ? "fuzz" : seg)).join("/");
        const check = async (options: { body?: unknown; rawBody?: string; headers?: Record<string, string> }) => {
          const before = await rowCounts();
          const res = await callRoute(handler, method, url, { token, params, ...options });
          const label = `${method} ${route} ${JSON.stringify(options).slice(0, 200)} -> ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`;
          expect(res.status, label).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.json?.error?.code, label).toEqual(expect.any(String));
            expect(await rowCounts(), label).toEqual(before);
          }
        };
        await fc.assert(
          fc.asyncProperty(body, (b) => check({ body: b })),
          { numRuns: 25 },
        );
        await fc.assert(
          fc.asyncProperty(malformed, (raw) => check({ rawBody: raw })),
          { numRuns: 8 },
        );
        await check({ rawBody: JSON.stringify({ text: "x".repeat(13 * 1024 * 1024) }) });
        await check({ rawBody: "{}", headers: { "content-type": "text/plain" } });
      });
    }
  }
});
