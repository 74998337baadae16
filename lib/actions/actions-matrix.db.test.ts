// Server actions are public endpoints too: each one, called as each role with plausible form
// data, must refuse exactly the roles lib/testing/access-matrix.ts says.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { ACTION_ACCESS, CALLERS, type Caller } from "@/lib/testing/access-matrix";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";

const current = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/auth/current", () => ({ currentPrincipal: async () => current.principal }));
vi.mock("next/cache", () => import("@/lib/testing/next-action-mocks").then((m) => m.cache));
vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation));

useTestDatabase();
const actionsDir = import.meta.dirname;
const FORBIDDEN = new ForbiddenError().message;
const UNAUTHORIZED = new UnauthorizedError().message;
const modules = readdirSync(actionsDir).filter(
  (f) =>
    f.endsWith(".ts") &&
    !f.includes(".test.") &&
    readFileSync(path.join(actionsDir, f), "utf8").startsWith('"use server"'),
);

const principals: Partial<Record<Caller, Principal>> = {};
beforeAll(async () => {
  for (const caller of CALLERS) if (caller !== "anonymous") principals[caller] = await makeUser(caller);
});

function plausibleForm() {
  const form = new FormData();
  for (const key of [
    "id",
    "claimId",
    "sourceId",
    "actorId",
    "evidenceId",
    "statementId",
    "suggestionId",
    "targetId",
    "survivorId",
    "mergedId",
    "otherClaimId",
  ])
    form.set(key, "matrix-missing-id");
  for (const [key, value] of Object.entries({
    version: "1",
    text: "Matrix claim text",
    kind: "factual",
    stance: "supports",
    to: "in_review",
    name: "Matrix",
    alias: "M",
    email: "m@x.test",
    role: "analyst",
    password: "long enough password",
    title: "Matrix",
    truthVerdict: "unproven",
    attributionVerdict: "unverifiable",
    rationale: "Because.",
    confidence: "low",
    headline: "Matrix",
    note: "Matrix note",
    exact: "x",
    start: "0",
    end: "1",
  }))
    form.set(key, value);
  return form;
}

async function outcome(fn: (...args: unknown[]) => Promise<unknown>, arity: number) {
  try {
    const result = arity >= 2 ? await fn({ ok: false }, plausibleForm()) : await fn("matrix");
    return (result as { message?: string } | undefined)?.message ?? "ok";
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return error.message;
    return "ok"; // redirects and other outcomes mean the role check was passed
  }
}

describe("server action matrix", () => {
  it("lists every server action", async () => {
    const listed = new Set<string>();
    for (const file of modules)
      for (const name of Object.keys(await import(path.join(actionsDir, file))))
        listed.add(`${file.replace(/\.ts$/, "")}#${name}`);
    expect(
      [...listed].filter((k) => !(k in ACTION_ACCESS)),
      "add these to ACTION_ACCESS",
    ).toEqual([]);
    expect(
      Object.keys(ACTION_ACCESS).filter((k) => !listed.has(k)),
      "stale ACTION_ACCESS entries",
    ).toEqual([]);
  });

  for (const [key, access] of Object.entries(ACTION_ACCESS)) {
    if (access === "public") continue;
    it(`${key} refuses exactly the roles the matrix denies`, async () => {
      const [file, name] = key.split("#");
      const fn = (await import(path.join(actionsDir, `${file}.ts`)))[name];
      for (const caller of CALLERS) {
        current.principal = principals[caller] ?? null;
        const message = await outcome(fn, fn.length);
        if (caller === "anonymous") expect(message, `${key} as anonymous`).toBe(UNAUTHORIZED);
        else if (access.includes(caller))
          expect([FORBIDDEN, UNAUTHORIZED], `${key} as ${caller}`).not.toContain(message);
        else expect(message, `${key} as ${caller}`).toBe(FORBIDDEN);
      }
    });
  }
});
