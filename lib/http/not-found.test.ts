import { describe, expect, it, vi } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { NavigationSignal } from "@/lib/testing/next-action-mocks";
import { orNotFound } from "./not-found";

vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation));

describe("orNotFound", () => {
  it("hands back what the read found", async () => {
    await expect(orNotFound(Promise.resolve({ id: "c1" }))).resolves.toEqual({ id: "c1" });
  });

  it("turns a missing record into the page's 404", async () => {
    const read = orNotFound(Promise.reject(new NotFoundError("Claim")));
    await expect(read).rejects.toBeInstanceOf(NavigationSignal);
    await expect(read).rejects.toMatchObject({ to: "not-found" });
  });

  it("lets every other error through unchanged, so a refusal is not disguised as a 404", async () => {
    const refusal = new ForbiddenError();
    await expect(orNotFound(Promise.reject(refusal))).rejects.toBe(refusal);
  });
});
