import { getDb } from "@/lib/db/client";
import { readConnection } from "@/lib/db/read-connection";
import { UnauthorizedError } from "@/lib/errors";
import { UNKNOWN_ADDRESS } from "./client-address";
import { claimLoginAttempt, recordLoginSuccess } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import type { Principal } from "./principal";
import { ROLES, type Role } from "./roles";
import { newSecret, sha256 } from "./secrets";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const RENEW_AFTER_MS = 10 * 60 * 1000;
type UserRow = { id: string; email: string; name: string; role: Role; disabledAt: Date | null };
const toPrincipal = (u: UserRow): Principal => ({ userId: u.id, email: u.email, name: u.name, role: u.role });

/**
 * The one answer to every failed sign-in (unknown email, wrong password, disabled account, backoff),
 * so the answer does not tell which emails exist.
 */
export const SIGN_IN_REFUSAL =
  "Email or password is wrong, or there were too many attempts. Check both and try again in a few minutes.";

/** Verified when the email is unknown, so an unknown email costs the same scrypt time as a known one. */
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(newSecret()));

/**
 * Checks credentials. Each attempt is counted (atomically, before hashing) against the client address
 * and the account; while that pair or the address is in backoff, nothing is checked at all.
 */
export async function authenticate(
  email: string,
  password: string,
  address: string = UNKNOWN_ADDRESS,
): Promise<Principal> {
  const account = email.trim().toLowerCase();
  const db = await getDb();
  if (!(await claimLoginAttempt(db, address, account))) throw new UnauthorizedError(SIGN_IN_REFUSAL);
  const user = await db.user.findUnique({ where: { email: account } });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash()));
  if (!user || user.disabledAt || !matches) throw new UnauthorizedError(SIGN_IN_REFUSAL);
  await recordLoginSuccess(db, address, account);
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

/**
 * Every request authenticates, so the lookup is one indexed join written in SQL: through the ORM
 * (session, then user) it cost 1-3 ms of query compilation per request, as SQL ~0.2 ms (ADR 0033),
 * and on the read connection a prepared statement instead of Prisma's raw path (ADR 0036).
 */
type PrincipalRow = { id: string; email: string; name: string; role: string };

function principalFromRow(row: PrincipalRow | undefined): Principal | null {
  if (!row || !(ROLES as readonly string[]).includes(row.role)) return null;
  return { userId: row.id, email: row.email, name: row.name, role: row.role as Role };
}

export async function principalFromSession(token: string | undefined): Promise<Principal | null> {
  if (!token) return null;
  const id = sha256(token);
  const { sql } = await readConnection();
  const [row] = await sql<PrincipalRow & { lastSeenAt: Date | string }>`
    SELECT u."id", u."email", u."name", u."role", s."lastSeenAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id} AND s."expiresAt" > ${new Date()} AND u."disabledAt" IS NULL`;
  const principal = principalFromRow(row);
  if (principal && Date.now() - new Date(row.lastSeenAt).getTime() > RENEW_AFTER_MS) {
    const db = await getDb();
    await db.session.update({
      where: { id },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    });
  }
  return principal;
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
  const { sql } = await readConnection();
  const [row] = await sql<PrincipalRow>`
    SELECT u."id", u."email", u."name", u."role"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${sha256(token)} AND t."revokedAt" IS NULL AND u."disabledAt" IS NULL`;
  return principalFromRow(row);
}
