// The OpenAPI document is complete and true: every route handler serves a documented operation with a
// response schema, every documented operation has a handler, and answers are shaped by their schema.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_OPERATIONS, openApiDocument } from "@/lib/http/openapi";
import type { ApiOperation } from "@/lib/http/operations/types";

const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
const apiRoot = path.resolve(import.meta.dirname);
// The catch-all answers 404 for unknown paths and the document describes itself: neither is an operation.
const UNDOCUMENTED = new Set(["/[...path]", "/openapi.json"]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routes = routeFiles(apiRoot)
  .map((file) => ({ file, dir: "/" + path.relative(apiRoot, path.dirname(file)).split(path.sep).join("/") }))
  .filter((r) => !UNDOCUMENTED.has(r.dir))
  .map((r) => ({ ...r, template: r.dir.replace(/\[(\w+)\]/g, "{$1}") }));

describe("OpenAPI coverage", () => {
  it("every route handler serves its own documented operation, and every operation has a handler", async () => {
    const problems: string[] = [];
    const served = new Set<string>();
    for (const { file, template } of routes) {
      const mod = await import(file);
      for (const method of METHODS) {
        if (typeof mod[method] !== "function") continue;
        const documented = API_OPERATIONS[template]?.[method.toLowerCase() as Lowercase<typeof method>];
        const served_ = (mod[method] as { operation?: ApiOperation }).operation;
        if (!documented) problems.push(`${method} ${template}: no entry in lib/http/operations`);
        else if (served_ !== documented) problems.push(`${method} ${template}: the handler serves another operation`);
        served.add(`${method} ${template}`);
      }
    }
    for (const [template, ops] of Object.entries(API_OPERATIONS))
      for (const method of Object.keys(ops))
        if (!served.has(`${method.toUpperCase()} ${template}`))
          problems.push(`${method.toUpperCase()} ${template}: documented but no handler`);
    expect(problems).toEqual([]);
  });

  it("describes every success answer with a schema or a download type", () => {
    const doc = openApiDocument("http://desk.test");
    const missing: string[] = [];
    for (const [template, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops as Record<string, { responses: Record<string, unknown> }>)) {
        const success = Object.entries(op.responses).filter(([code]) => code.startsWith("2"));
        const described = success.every(([, r]) => {
          const content = (r as { content?: Record<string, { schema?: unknown }> }).content;
          return !!content && Object.values(content).every((c) => !!c.schema);
        });
        if (!success.length || !described) missing.push(`${method.toUpperCase()} ${template}`);
      }
    expect(missing).toEqual([]);
  });

  it("documents JSON answers as objects or arrays with named fields, not as 'anything'", () => {
    const loose: string[] = [];
    for (const [template, ops] of Object.entries(API_OPERATIONS))
      for (const [method, op] of Object.entries(ops)) {
        if ("file" in op.response) continue;
        const schema = z.toJSONSchema(op.response, { io: "output", unrepresentable: "any" }) as { type?: string };
        if (schema.type !== "object" && schema.type !== "array") loose.push(`${method.toUpperCase()} ${template}`);
      }
    expect(loose).toEqual([]);
  });
});
