import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { safeNextPath } from "./guard";
import { hashPassword, verifyPassword } from "./password";
import { requirePermission, type Principal } from "./principal";
import { PERMISSIONS, ROLES, roleCan } from "./roles";

const as = (role: Principal["role"]): Principal => ({ userId: "u", email: "e", name: "n", role });

describe("passwords", () => {
  it("verify only the right password, with a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });
});

describe("roles", () => {
  it("let admins do everything and keep each role to its work", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(roleCan("admin", permission)).toBe(true);
    expect(roleCan("analyst", "claim:write")).toBe(true);
    expect(roleCan("analyst", "review:write")).toBe(false);
    expect(roleCan("reviewer", "review:write")).toBe(true);
    expect(roleCan("reviewer", "source:write")).toBe(false);
    expect(roleCan("editor", "card:publish")).toBe(true);
    expect(roleCan("analyst", "card:publish")).toBe(false);
    expect(roleCan("editor", "user:manage")).toBe(false);
    for (const role of ROLES) expect(roleCan(role, "staff:read")).toBe(true);
  });

  it("distinguish anonymous (401) from not allowed (403)", () => {
    expect(() => requirePermission(null, "staff:read")).toThrow(UnauthorizedError);
    expect(() => requirePermission(as("reviewer"), "user:manage")).toThrow(ForbiddenError);
    expect(requirePermission(as("editor"), "card:publish").role).toBe("editor");
  });
});

describe("safeNextPath", () => {
  it("allows only same-site relative paths", () => {
    expect(safeNextPath("/claims?status=draft")).toBe("/claims?status=draft");
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      undefined,
      5,
      // Browsers drop tabs and newlines in URLs and read "\\" as "/": each of these is "//evil.example".
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/.//evil.example",
      "/\\/evil.example",
    ])
      expect(safeNextPath(bad)).toBe("/");
  });

  it("turns non-Latin-1 paths into ASCII a Location header can carry", () => {
    const next = safeNextPath("/claims?q=\u00e4\u4e2d\u{1F600}");
    expect(next).toBe("/claims?q=%C3%A4%E4%B8%AD%F0%9F%98%80");
    expect(() => new Headers({ location: next })).not.toThrow();
    expect(safeNextPath("/\ud800")).toMatch(/^\//);
  });
});
