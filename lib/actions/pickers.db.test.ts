// The reader's pickers answer with words a person reads: a claim's status as its label, an actor's kind too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { draftClaim } from "@/lib/testing/card-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";

const current = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/auth/current", () => ({ currentPrincipal: async () => current.principal }));
vi.mock("next/cache", () => import("@/lib/testing/next-action-mocks").then((m) => m.cache));
vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation));

useTestDatabase();
const { searchClaimOptions } = await import("./workspace");
const { appearanceSourceOptions } = await import("./workspace-claims");

beforeAll(async () => {
  current.principal = await makeUser("analyst");
});

describe("claim picker", () => {
  it("shows a claim's status by its label, never the stored code", async () => {
    await draftClaim(current.principal!, { text: "The Velmora lighthouse keeper rang the bell twice" });
    const options = await searchClaimOptions("lighthouse keeper");
    expect(options).toEqual([
      expect.objectContaining({ label: "The Velmora lighthouse keeper rang the bell twice", hint: "Draft" }),
    ]);
  });
});

describe("appearance picker", () => {
  it("lists the newest sources first when a writer opens it, and refuses a reviewer", async () => {
    const { source } = await draftClaim(current.principal!, { text: "The Velmora ferry ran late (fictional)" });
    const options = await appearanceSourceOptions();
    expect(options[0]).toEqual({ id: source.id, title: source.title });
    const writer = current.principal;
    current.principal = await makeUser("reviewer");
    await expect(appearanceSourceOptions()).rejects.toThrow();
    current.principal = writer;
  });
});
