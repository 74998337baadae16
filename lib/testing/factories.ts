// Test data builders: each call makes its own uniquely named rows, so tests never share state.
import { randomBytes } from "node:crypto";
import type { Principal } from "@/lib/auth/principal";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";

const unique = () => randomBytes(4).toString("hex");

/** A user row with a cheap placeholder hash (tests that sign in hash a real password). */
export async function makeUser(
  role: Role,
  overrides: { email?: string; passwordHash?: string } = {},
): Promise<Principal> {
  const db = await getDb();
  const email = overrides.email ?? `${role}-${unique()}@test.claimdesk.test`;
  const user = await db.user.create({
    data: { email, name: `Test ${role}`, role, passwordHash: overrides.passwordHash ?? "scrypt$invalid" },
  });
  return { userId: user.id, email: user.email, name: user.name, role };
}

export const fictionalArticle = (marker = unique()) => `[FICTIONAL TEST ARTICLE ${marker}]

The harbour authority of Velmora said on Monday that the ferry service would resume. "We expect the first sailing at dawn," said Pia Lund, a spokesperson for the authority.

Officials in the neighbouring town of Brask disputed the timetable, saying repairs were not finished.`;
