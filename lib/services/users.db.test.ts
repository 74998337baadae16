import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { makeUser } from "@/lib/testing/factories";
import {
  authenticate,
  createApiToken,
  createSession,
  deleteSession,
  principalFromApiToken,
  principalFromSession,
  SIGN_IN_REFUSAL,
} from "@/lib/auth/sessions";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { addUser, addUserFromCli, createTokenFromCli, listUsers } from "./users";

const { db } = useTestDatabase();

describe("accounts", () => {
  it("signs in with the right password, not the wrong one, and backs off after repeated failures", async () => {
    await addUserFromCli({ email: "Lena@Velmora.test", role: "analyst", password: "correct horse battery" });
    const principal = await authenticate("lena@velmora.test", "correct horse battery");
    expect(principal.role).toBe("analyst");
    await expect(authenticate("lena@velmora.test", "wrong password")).rejects.toBeInstanceOf(UnauthorizedError);
    for (let i = 0; i < 5; i++) await authenticate("lena@velmora.test", "wrong password").catch(() => {});
    await expect(authenticate("lena@velmora.test", "correct horse battery")).rejects.toThrow(SIGN_IN_REFUSAL);
  });

  it("keeps sessions server-side: only the hash is stored and logout ends them", async () => {
    const user = await makeUser("reviewer");
    const { token } = await createSession(user.userId);
    expect(await (await db()).session.findUnique({ where: { id: token } })).toBeNull();
    expect((await principalFromSession(token))?.userId).toBe(user.userId);
    await deleteSession(token);
    expect(await principalFromSession(token)).toBeNull();
    expect(await principalFromSession("forged")).toBeNull();
  });

  it("expires sessions", async () => {
    const user = await makeUser("analyst");
    const { token } = await createSession(user.userId);
    await (
      await db()
    ).session.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await principalFromSession(token)).toBeNull();
  });

  it("refuses sessions and API tokens of a disabled account, and revoked tokens", async () => {
    const user = await makeUser("editor");
    const { token: session } = await createSession(user.userId);
    const apiToken = await createApiToken(user.userId, "newsroom bot");
    const other = await createApiToken(user.userId, "second bot");
    expect((await principalFromSession(session))?.role).toBe("editor");
    expect((await principalFromApiToken(apiToken))?.userId).toBe(user.userId);
    await (await db()).apiToken.updateMany({ where: { name: "second bot" }, data: { revokedAt: new Date() } });
    expect(await principalFromApiToken(other)).toBeNull();
    expect((await principalFromApiToken(apiToken))?.userId).toBe(user.userId);
    await (await db()).user.update({ where: { id: user.userId }, data: { disabledAt: new Date() } });
    expect(await principalFromSession(session)).toBeNull();
    expect(await principalFromApiToken(apiToken)).toBeNull();
  });

  it("renews a session that has been idle for a while, not on every request", async () => {
    const user = await makeUser("analyst");
    const { token, expiresAt } = await createSession(user.userId);
    const stored = async () => (await db()).session.findFirstOrThrow({ where: { userId: user.userId } });
    const fresh = await stored();
    expect(await principalFromSession(token)).not.toBeNull();
    expect((await stored()).lastSeenAt).toEqual(fresh.lastSeenAt);
    const idleSince = new Date(Date.now() - 60 * 60 * 1000);
    await (
      await db()
    ).session.updateMany({
      where: { userId: user.userId },
      data: { lastSeenAt: idleSince, expiresAt: new Date(Date.now() + 60 * 1000) },
    });
    expect((await principalFromSession(token))?.userId).toBe(user.userId);
    const renewed = await stored();
    expect(renewed.lastSeenAt.getTime()).toBeGreaterThan(idleSince.getTime());
    expect(renewed.expiresAt.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime() - 1000);
  });

  it("issues API tokens that act with the user's role", async () => {
    await addUserFromCli({ email: "bot@velmora.test", role: "editor", password: "a long enough password" });
    const token = await createTokenFromCli({ email: "bot@velmora.test" });
    expect(token).toMatch(/^cdk_/);
    expect((await principalFromApiToken(token))?.role).toBe("editor");
    expect(await principalFromApiToken(token + "x")).toBeNull();
  });

  it("lets only admins add users, validates input and refuses duplicates", async () => {
    const admin = await makeUser("admin");
    const analyst = await makeUser("analyst");
    await expect(
      addUser(analyst, { email: "x@velmora.test", role: "analyst", password: "long enough pass" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addUser(null, { email: "x@velmora.test", role: "analyst", password: "long enough pass" }),
    ).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(listUsers(analyst)).rejects.toBeInstanceOf(ForbiddenError);
    const bad = await addUser(admin, { email: "not-an-email", role: "superuser", password: "short" }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(Object.keys(bad.fields).sort()).toEqual(["email", "password", "role"]);
    await addUser(admin, { email: "new@velmora.test", role: "reviewer", password: "long enough pass" });
    // By role name as text on both providers (PostgreSQL would sort the enum as declared).
    const roles = (await listUsers(admin)).map((u) => u.role);
    expect(roles).toEqual([...roles].sort());
    expect(roles.indexOf("admin")).toBeLessThan(roles.indexOf("analyst"));
    await expect(
      addUser(admin, { email: "NEW@velmora.test", role: "reviewer", password: "long enough pass" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
