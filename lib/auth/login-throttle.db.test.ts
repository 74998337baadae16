import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { UnauthorizedError } from "@/lib/errors";
import { LOGIN_LIMITS } from "./login-throttle";
import { authenticate, SIGN_IN_REFUSAL } from "./sessions";
import { hashPassword, verifyPassword } from "./password";

vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const { db } = useTestDatabase();
const PASSWORD = "correct horse battery";
const ATTACKER = "203.0.113.9";
const OFFICE = "198.51.100.20";

async function makeAccount(email: string) {
  await (
    await db()
  ).user.create({
    data: { email, name: "Fictional Admin", role: "admin", passwordHash: await hashPassword(PASSWORD) },
  });
}
const attempt = (email: string, password: string, address: string) =>
  authenticate(email, password, address).then(
    (p) => p.email,
    (e: unknown) => e,
  );

describe("sign-in backoff", () => {
  it("counts 40 parallel wrong passwords exactly like 40 sequential ones, before hashing", async () => {
    await makeAccount("para@velmora.test");
    await makeAccount("seq@velmora.test");
    vi.mocked(verifyPassword).mockClear();
    const parallel = await Promise.all(Array.from({ length: 40 }, () => attempt("para@velmora.test", "x", ATTACKER)));
    const hashedInParallel = vi.mocked(verifyPassword).mock.calls.length;
    vi.mocked(verifyPassword).mockClear();
    for (let i = 0; i < 40; i++) await attempt("seq@velmora.test", "x", ATTACKER);
    const hashedInSequence = vi.mocked(verifyPassword).mock.calls.length;

    expect(parallel.every((r) => r instanceof UnauthorizedError)).toBe(true);
    // Only the first 5 attempts get as far as the password check, in both cases.
    expect(hashedInParallel).toBe(5);
    expect(hashedInSequence).toBe(5);
    const rows = await (await db()).loginThrottle.findMany({ where: { key: { contains: "@velmora.test" } } });
    // Both pairs are blocked for the full backoff (the count itself may settle anywhere above the limit).
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.points).toBeGreaterThan(LOGIN_LIMITS.perAddressAndAccount.points);
      expect(row.expire!.getTime()).toBeGreaterThan(
        Date.now() + (LOGIN_LIMITS.perAddressAndAccount.blockDuration - 60) * 1000,
      );
    }
    // The right password from the guessing address does not get in while the backoff applies.
    for (const email of ["para@velmora.test", "seq@velmora.test"])
      await expect(authenticate(email, PASSWORD, ATTACKER)).rejects.toThrow(SIGN_IN_REFUSAL);
  });

  it("does not sign in a right password that arrives inside a burst of wrong ones", async () => {
    await makeAccount("burst@velmora.test");
    const burst = Array.from({ length: 30 }, (_, i) => (i === 25 ? PASSWORD : `wrong ${i}`));
    const results = await Promise.all(burst.map((p) => attempt("burst@velmora.test", p, ATTACKER)));
    expect(results.filter((r) => r === "burst@velmora.test")).toEqual([]);
  });

  it("slows only the guessing address: the account owner still signs in from elsewhere", async () => {
    await makeAccount("owner@velmora.test");
    for (let i = 0; i < 8; i++) await attempt("owner@velmora.test", `guess ${i}`, ATTACKER);
    await expect(authenticate("owner@velmora.test", PASSWORD, ATTACKER)).rejects.toThrow(SIGN_IN_REFUSAL);
    expect((await authenticate("owner@velmora.test", PASSWORD, OFFICE)).email).toBe("owner@velmora.test");
  });

  it("forgives earlier mistakes after a successful sign-in", async () => {
    await makeAccount("typo@velmora.test");
    for (let i = 0; i < 4; i++) await attempt("typo@velmora.test", "tpyo", OFFICE);
    expect((await authenticate("typo@velmora.test", PASSWORD, OFFICE)).email).toBe("typo@velmora.test");
    for (let i = 0; i < 4; i++) await attempt("typo@velmora.test", "tpyo", OFFICE);
    expect((await authenticate("typo@velmora.test", PASSWORD, OFFICE)).email).toBe("typo@velmora.test");
  });

  it("gives one refusal for unknown emails, wrong passwords and backoff, and hashes for unknown emails too", async () => {
    await makeAccount("known@velmora.test");
    vi.mocked(verifyPassword).mockClear();
    const unknown = await attempt("nobody@velmora.test", PASSWORD, OFFICE);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(1);
    const wrong = await attempt("known@velmora.test", "wrong", OFFICE);
    for (let i = 0; i < 6; i++) await attempt("known@velmora.test", "wrong", ATTACKER);
    for (let i = 0; i < 6; i++) await attempt("nobody@velmora.test", "wrong", ATTACKER);
    const backoffKnown = await attempt("known@velmora.test", PASSWORD, ATTACKER);
    const backoffUnknown = await attempt("nobody@velmora.test", PASSWORD, ATTACKER);
    const messages = [unknown, wrong, backoffKnown, backoffUnknown].map((e) => (e as Error).message);
    expect(new Set(messages)).toEqual(new Set([SIGN_IN_REFUSAL]));
  });
});
