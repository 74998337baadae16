import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { requirePermission, type Principal } from "@/lib/auth/principal";
import { createApiToken } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { byText } from "@/lib/enums";
import { mapDbError } from "@/lib/db/errors";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { tokenCreateInput, userCreateInput } from "@/lib/validation/users";
import { recordAudit } from "./audit";

async function insertUser(admin: Principal | null, raw: unknown) {
  const input = parseInput(userCreateInput, raw);
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name ?? input.email.split("@")[0], role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true, createdAt: true },
      });
      await recordAudit(tx, admin, {
        entityType: "user",
        entityId: user.id,
        action: "create",
        after: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (e) {
    mapDbError(e, "A user with this email");
  }
}

export async function addUser(principal: Principal | null, raw: unknown) {
  return insertUser(requirePermission(principal, "user:manage"), raw);
}

/** @unchecked The local operator on the CLI owns the machine and the database file, so no role applies. */
export async function addUserFromCli(raw: unknown) {
  return insertUser(null, raw);
}

/** The signed-in account itself, so an API client can check which account and role its token acts as. */
export function currentAccount(principal: Principal | null) {
  const { userId, name, email, role } = requirePermission(principal, "staff:read");
  return { id: userId, name, email, role };
}

export async function listUsers(principal: Principal | null) {
  requirePermission(principal, "user:manage");
  const db = await getDb();
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  // By role name, as text: PostgreSQL would sort the enum in declaration order (ADR 0023).
  return users.sort((a, b) => byText(a.role, b.role));
}

/** @unchecked The local operator on the CLI owns the machine and the database file, so no role applies. */
export async function createTokenFromCli(raw: unknown) {
  const input = parseInput(tokenCreateInput, raw);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user) throw new NotFoundError(`User ${input.email}`);
  return createApiToken(user.id, input.name ?? "cli");
}

/**
 * The CLI acts as (or names) a colleague by e-mail address; disabled users count as unknown.
 * @unchecked The local operator on the CLI owns the machine and the database file, so no role applies.
 */
export async function activeUserByEmailFromCli(email: string) {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  return user && !user.disabledAt ? user : null;
}

/** Disables sign-in and ends every session and token of the user. */
export async function disableUser(principal: Principal | null, id: string) {
  const admin = requirePermission(principal, "user:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) throw new NotFoundError("User");
    const disabledAt = user.disabledAt ?? new Date();
    await tx.user.update({ where: { id }, data: { disabledAt } });
    await tx.session.deleteMany({ where: { userId: id } });
    await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: disabledAt } });
    await recordAudit(tx, admin, {
      entityType: "user",
      entityId: id,
      action: "disable",
      before: { disabledAt: user.disabledAt },
      after: { disabledAt },
    });
    return { id, email: user.email, disabledAt };
  });
}
