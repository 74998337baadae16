// The authorization matrix: every route handler under app/api, called as every role.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/sessions";
import { CALLERS, ROUTE_ACCESS, type Caller } from "@/lib/testing/access-matrix";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";

useTestDatabase();
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
const apiRoot = path.resolve(import.meta.dirname, "..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routes = routeFiles(apiRoot).map((file) => ({
  file,
  route: "/api/" + path.relative(apiRoot, path.dirname(file)).split(path.sep).join("/"),
}));

const tokens: Partial<Record<Caller, string>> = {};
beforeAll(async () => {
  for (const caller of CALLERS)
    if (caller !== "anonymous") tokens[caller] = await createApiToken((await makeUser(caller)).userId, "matrix");
});

describe("authorization matrix", () => {
  it("lists every route handler and method", async () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const { file, route } of routes) {
      const mod = await import(file);
      for (const method of METHODS) {
        if (typeof mod[method] !== "function") continue;
        seen.add(`${method} ${route}`);
        if (!(`${method} ${route}` in ROUTE_ACCESS)) missing.push(`${method} ${route}`);
      }
    }
    expect(missing, "add these routes to lib/testing/access-matrix.ts").toEqual([]);
    expect(
      Object.keys(ROUTE_ACCESS).filter((k) => !seen.has(k)),
      "stale entries in the matrix",
    ).toEqual([]);
  });

  for (const { file, route } of routes) {
    it(`${route} answers each role as the matrix says`, async () => {
      const mod = await import(file);
      const params = Object.fromEntries(
        [...route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => [m[1], "matrix-missing-id"]),
      );
      const url = route.replace(/\[(?:\.\.\.)?(\w+)\]/g, "matrix-missing-id");
      for (const method of METHODS) {
        const access = ROUTE_ACCESS[`${method} ${route}`];
        if (typeof mod[method] !== "function" || !access) continue;
        for (const caller of CALLERS) {
          const res = await callRoute(mod[method], method, url, {
            token: tokens[caller],
            params,
            ...(method === "GET" || method === "DELETE" ? {} : { body: {} }),
          });
          const label = `${method} ${route} as ${caller} -> ${res.status} ${JSON.stringify(res.json).slice(0, 120)}`;
          expect(res.status, label).not.toBe(500);
          if (access === "public" || (caller !== "anonymous" && access.includes(caller))) {
            expect([401, 403], label).not.toContain(res.status);
          } else {
            expect(res.status, label).toBe(caller === "anonymous" ? 401 : 403);
          }
        }
      }
    });
  }
});
