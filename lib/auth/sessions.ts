import { getDb } from "@/lib/db/client";
import { UnauthorizedError } from "@/lib/errors";
import { verifyPassword } from "./password";
import type { Principal } from "./principal";
import type { Role } from "./roles";
import { newSecret, sha256 } from "./secrets";

export const SESSION_COOKIE = "claimdesk_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const RENEW_AFTER_MS = 10 * 60 * 1000;
const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;

type UserRow = { id: string; email: string; name: string; role: string; disabledAt: Date | null };
const toPrincipal = (u: UserRow): Principal => ({ userId: u.id, email: u.email, name: u.name, role: u.role as Role });

/** Checks credentials; repeated failures lock the account for a while. */
export async function authenticate(email: string, password: string): Promise<Principal> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const refusal = new UnauthorizedError("Email or password is wrong.");
  if (!user || user.disabledAt) throw refusal;
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw new UnauthorizedError("Too many failed sign-ins. Try again in a few minutes.");
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failed = user.failedLogins + 1;
    await db.user.update({
      where: { id: user.id },
      data:
        failed >= MAX_FAILED_LOGINS
          ? { failedLogins: 0, lockedUntil: new Date(Date.now() + LOCKOUT_MS) }
          : { failedLogins: failed },
    });
    throw refusal;
  }
  if (user.failedLogins || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
  }
  return toPrincipal(user);
}

/** Returns the cookie value; only its hash is stored. */
export async function createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
  const db = await getDb();
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { id: sha256(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function principalFromSession(token: string | undefined): Promise<Principal | null> {
  if (!token) return null;
  const db = await getDb();
  const session = await db.session.findUnique({ where: { id: sha256(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    });
  }
  return toPrincipal(session.user);
}

export async function deleteSession(token: string | undefined): Promise<void> {
  if (!token) return;
  const db = await getDb();
  await db.session.deleteMany({ where: { id: sha256(token) } });
}

export async function createApiToken(userId: string, name: string): Promise<string> {
  const db = await getDb();
  const token = newSecret("cdk_");
  await db.apiToken.create({ data: { userId, name, tokenHash: sha256(token) } });
  return token;
}

export async function principalFromApiToken(token: string): Promise<Principal | null> {
  const db = await getDb();
  const row = await db.apiToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  return toPrincipal(row.user);
}
