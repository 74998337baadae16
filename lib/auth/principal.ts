import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { roleCan, type Permission, type Role } from "./roles";

/** The signed-in user a request acts as; null for anonymous readers. */
export type Principal = { userId: string; email: string; name: string; role: Role };

export function requirePermission(principal: Principal | null, permission: Permission): Principal {
  if (!principal) throw new UnauthorizedError();
  if (!roleCan(principal.role, permission)) throw new ForbiddenError();
  return principal;
}

export function can(principal: Principal | null, permission: Permission): boolean {
  return !!principal && roleCan(principal.role, permission);
}

/** The local operator running the CLI: owns the machine and database file. Has no user row. */
export const CLI_OPERATOR: Principal = { userId: "", email: "operator@localhost", name: "Command line", role: "admin" };

/** The user id to record as author; the CLI operator has none. */
export const authorId = (principal: Principal | null) => principal?.userId || null;
