import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute } from "./api";
import type { ApiOperation } from "./operations/types";
import { deepFreeze } from "@/lib/deep-freeze";
import { ResponseShapeError, shapedBody, shapedJson, withStatus } from "./response-shape";

const userOperation: ApiOperation = {
  summary: "A user",
  auth: "public",
  response: z.object({ id: z.string(), createdAt: z.iso.datetime() }),
};
const call = (route: ReturnType<typeof apiRoute>) =>
  route(new NextRequest("http://desk.test/api/v1/x"), { params: Promise.resolve({}) });

describe("response shaping", () => {
  it("drops fields the schema does not name and sends dates as ISO strings", () => {
    const row = { id: "u1", createdAt: new Date("2026-03-01T10:00:00Z"), passwordHash: "secret" };
    expect(shapedBody(userOperation, row)).toEqual({ id: "u1", createdAt: "2026-03-01T10:00:00.000Z" });
  });

  it("refuses an answer that does not fit its schema instead of sending it unchecked", () => {
    expect(() => shapedBody(userOperation, { id: 7 })).toThrow(ResponseShapeError);
  });

  it("answers a handler whose result does not fit with a 500, never the raw result", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(apiRoute(userOperation, async () => ({ id: 7, passwordHash: "secret" })));
    quiet.mockRestore();
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
  });

  it("uses the operation's status, or the one a handler chose with withStatus", async () => {
    const created = { ...userOperation, status: 201, otherStatus: 200 };
    const body = { id: "u1", createdAt: new Date("2026-03-01T10:00:00Z") };
    expect((await call(apiRoute(created, async () => body))).status).toBe(201);
    const revised = await call(apiRoute(created, async () => withStatus(body, 200)));
    expect(revised.status).toBe(200);
    expect(await revised.json()).toEqual({ id: "u1", createdAt: "2026-03-01T10:00:00.000Z" });
  });

  it("checks and serialises a frozen answer once, an unfrozen one every time", async () => {
    const parse = vi.spyOn(userOperation.response as z.ZodType, "safeParse");
    const mutable = { id: "u1", createdAt: new Date("2026-03-01T10:00:00Z") };
    shapedJson(userOperation, mutable);
    mutable.id = "u2";
    expect(JSON.parse(shapedJson(userOperation, mutable)).id).toBe("u2");
    expect(parse).toHaveBeenCalledTimes(2);
    const shared = deepFreeze({ id: "u3", createdAt: new Date("2026-03-01T10:00:00Z"), passwordHash: "x" });
    const first = shapedJson(userOperation, shared);
    expect(shapedJson(userOperation, shared)).toBe(first);
    expect(JSON.parse(first)).toEqual({ id: "u3", createdAt: "2026-03-01T10:00:00.000Z" });
    expect(parse).toHaveBeenCalledTimes(3);
    parse.mockRestore();
    const res = await call(apiRoute(userOperation, async () => shared));
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ id: "u3", createdAt: "2026-03-01T10:00:00.000Z" });
  });
});
