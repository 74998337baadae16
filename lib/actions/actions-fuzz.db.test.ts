// Property-based fuzzing of every server action, called the way a hostile client can call them:
// anonymous, with the wrong role and with the right one; hostile form keys (`__proto__.title`,
// `constructor.prototype.x`), unicode and lone surrogates, huge values, files, wrong argument types.
// Never an unexpected throw (Next would answer 500), refusals write nothing, and afterwards the
// process still works: Object.prototype untouched, validation messages and the cards list intact.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { ACTION_ACCESS, CALLERS, type Caller } from "@/lib/testing/access-matrix";
import { createActor } from "@/lib/services/actors";
import { createClaim } from "@/lib/services/claims";
import { addEvidenceFromReader } from "@/lib/services/evidence";
import { createSource } from "@/lib/services/sources";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { NavigationSignal } from "@/lib/testing/next-action-mocks";
import { callRoute } from "@/lib/testing/route-client";
import { rowCounts } from "@/lib/testing/row-counts";
import { useTestDatabase } from "@/lib/testing/test-database";
import * as cardsRoute from "@/app/api/v1/cards/route";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import type { FormState } from "./form-state";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

const current = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/auth/current", () => ({ currentPrincipal: async () => current.principal }));
vi.mock("next/cache", () => import("@/lib/testing/next-action-mocks").then((m) => m.cache));
vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation));
vi.mock("next/headers", () => import("@/lib/testing/next-action-mocks").then((m) => m.headers));

const { db } = useTestDatabase();
const actionsDir = import.meta.dirname;
const FORBIDDEN = new ForbiddenError().message;
const UNAUTHORIZED = new UnauthorizedError().message;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

const modules = readdirSync(actionsDir).filter(
  (f) =>
    f.endsWith(".ts") &&
    !f.includes(".test.") &&
    readFileSync(path.join(actionsDir, f), "utf8").startsWith('"use server"'),
);

const principals: Partial<Record<Caller, Principal>> = {};
const ids: string[] = [];
beforeAll(async () => {
  for (const caller of CALLERS) if (caller !== "anonymous") principals[caller] = await makeUser(caller);
  // Real rows, so fuzzed forms that name them get past "not found" into the deeper code.
  const editor = principals.editor!;
  const source = await createSource(editor, { title: "Fuzz source (fictional)", text: fictionalArticle() });
  const actor = await createActor(editor, { name: "Pia Lund", kind: "person" });
  const claim = await createClaim(editor, { text: "The Velmora ferry resumes at dawn (fictional)", kind: "factual" });
  const evidence = await addEvidenceFromReader(editor, {
    sourceId: source.id,
    claimId: claim.id,
    stance: "supports",
    quote: { exact: "We expect the first sailing at dawn" },
  });
  const suggestion = await (await db()).suggestion.findFirst({ where: { sourceId: source.id } });
  ids.push(source.id, actor.id, claim.id, evidence.id, ...(suggestion ? [suggestion.id] : []));
});

const HOSTILE_KEYS = [
  "__proto__.title",
  "__proto__",
  "constructor.prototype.title",
  "constructor.prototype.x",
  "prototype.x",
  "quote.__proto__.exact",
  "newSpeaker.constructor.prototype.name",
  "newClaim.__proto__.text",
  "toString",
  "hasOwnProperty",
  "a.b.c.d.e",
  "\uD800",
  "é.ü.名",
  "",
  ".",
  "quote.",
];
const FIELD_KEYS = [
  "id",
  "claimId",
  "sourceId",
  "actorId",
  "speakerId",
  "viaId",
  "mergeId",
  "survivor",
  "title",
  "text",
  "kind",
  "stance",
  "version",
  "note",
  "headline",
  "rationale",
  "truthVerdict",
  "attributionVerdict",
  "confidence",
  "to",
  "email",
  "password",
  "role",
  "name",
  "alias",
  "quote",
  "quote.exact",
  "quote.start",
  "quote.end",
  "quote.prefix",
  "newClaim.text",
  "newClaim.kind",
  "newSpeaker.name",
  "subjectIds",
  "hedges",
];
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    "\uD800",
    "a\uDFFFb",
    "\u0000",
    "\u0007\u000B",
    "\uFFFE\uFFFF",
    "\u202E",
    "💥".repeat(50),
    "x".repeat(200_000),
    "-1",
    "1e309",
    "true",
    "editor",
    "<script>alert(1)</script>",
  ),
);
const formEntry = fc.tuple(
  fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...FIELD_KEYS), fc.string({ maxLength: 12 })),
  fc.oneof(
    hostileString,
    fc.constantFrom(...["fuzz-missing-id", "0"]),
    fc.integer({ min: 0, max: 10 }).map((i) => ids[i % Math.max(ids.length, 1)] ?? "x"),
    fc.constant(new File(["\u0000binary"], "x.exe")),
  ),
);
const hostileForm = fc.array(formEntry, { maxLength: 12 }).map((entries) => {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value as string | Blob);
  return form;
});
const wrongArgument = fc.constantFrom<unknown>(undefined, null, "form", 42, {}, [], { get: "x" }, new Map());

type Outcome = { state?: FormState; data?: unknown; signal?: string; refused?: string };

/** Runs one call; anything but a result, a navigation signal or a 401/403 refusal is a failure. */
async function call(fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    const result = await fn(...args);
    return fn.length >= 2 ? { state: result as FormState } : { data: result };
  } catch (error) {
    if (error instanceof NavigationSignal) return { signal: error.to };
    if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return { refused: error.message };
    throw new Error(`${describeArgs(args)} threw ${(error as Error)?.stack ?? String(error)}`);
  }
}

const describeArgs = (args: unknown[]) =>
  JSON.stringify(
    args.map((a) => (a instanceof FormData ? [...a.entries()].map(([k, v]) => [k, String(v).slice(0, 40)]) : a)),
  ).slice(0, 400);

/** The message an action gave: form state, or the 401/403 a data action answered with. */
const messageOf = (o: Outcome) => o.state?.message ?? o.refused;

describe("fuzzing the server actions", () => {
  const entries = Object.entries(ACTION_ACCESS);

  for (const [key, access] of entries) {
    it(`${key}: hostile calls never throw, refusals come first and write nothing`, async () => {
      const [file, name] = key.split("#");
      expect(modules).toContain(`${file}.ts`);
      const fn = (await import(path.join(actionsDir, `${file}.ts`)))[name] as (...args: unknown[]) => Promise<unknown>;
      if (key === "auth#logout") return; // takes no input; ends the caller's own session
      const isForm = fn.length >= 2;
      const argsOf = (form: unknown, extra: unknown) => (isForm ? [extra, form] : [form, extra]);
      const denied = CALLERS.filter((c) => access !== "public" && !access.includes(c as never));
      const allowed = access === "public" ? ["anonymous" as Caller] : access.slice(0, 1);

      for (const caller of denied) {
        current.principal = principals[caller] ?? null;
        const expected = caller === "anonymous" ? UNAUTHORIZED : FORBIDDEN;
        await fc.assert(
          fc.asyncProperty(fc.oneof(hostileForm, wrongArgument), fc.anything(), async (form, extra) => {
            const before = await rowCounts();
            const outcome = await call(fn, argsOf(form, extra));
            expect(messageOf(outcome), `${key} as ${caller}`).toBe(expected);
            expect(outcome.state?.values, "a refused form is not read back").toBeUndefined();
            expect(await rowCounts()).toEqual(before);
          }),
          { numRuns: 6 },
        );
      }

      for (const caller of allowed) {
        current.principal = principals[caller] ?? null;
        const runs = key === "auth#login" ? 6 : 30; // sign-in hashes a password per call
        await fc.assert(
          fc.asyncProperty(fc.oneof(hostileForm, hostileForm, wrongArgument), fc.anything(), async (form, extra) => {
            const outcome = await call(fn, argsOf(form, extra));
            if (outcome.state) expect(typeof outcome.state.ok, `${key} returns form state`).toBe("boolean");
            expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
          }),
          { numRuns: runs },
        );
        // Deterministic: a NUL byte in every field (PostgreSQL refuses it in any query).
        const nul = new FormData();
        for (const key of FIELD_KEYS) nul.set(key, "x\u0000y");
        const outcome = await call(fn, argsOf(nul, { ok: false }));
        if (outcome.state) expect(outcome.state.ok, `${key} with NUL bytes`).toBe(false);
      }
    });
  }

  it("afterwards the server still works: prototype clean, field messages intact, cards served", async () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).title).toBeUndefined();

    current.principal = principals.analyst!;
    const { importSource } = await import("./sources");
    const form = new FormData();
    form.set("title", "t".repeat(1000));
    form.set("text", "A fictional text.");
    const state = await importSource({ ok: false }, form);
    expect(state.ok).toBe(false);
    expect(state.fields?.title?.[0]).toMatch(/at most/);

    const listed = await callRoute(cardsRoute.GET, "GET", "/api/v1/cards");
    expect(listed.status).toBe(200);
    const refused = await callRoute(sourcesRoute.POST, "POST", "/api/v1/sources", {
      headers: { cookie: `${SESSION_COOKIE}=junk` },
      body: { title: "x" },
    });
    expect(refused.status).toBe(401);
  });
});

describe("the pickers", () => {
  it("answer anonymous callers 401 and never read their arguments", async () => {
    const { searchClaimOptions, searchActorOptions } = await import("./workspace");
    current.principal = null;
    await expect(searchClaimOptions({ toString: () => "boom" } as never)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(searchActorOptions("Pia")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("find nothing for a malformed query instead of failing", async () => {
    const { searchClaimOptions, searchActorOptions } = await import("./workspace");
    current.principal = principals.reviewer!;
    expect(await searchClaimOptions({} as never)).toEqual(expect.any(Array));
    expect(await searchActorOptions(42 as never)).toEqual(expect.any(Array));
    expect(await searchActorOptions("\uD800\u0000")).toEqual([]);
    expect((await searchActorOptions("Pia")).map((o) => o.label)).toContain("Pia Lund");
  });
});
