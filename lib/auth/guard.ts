import "server-only";
import { redirect } from "next/navigation";
import { currentPrincipal } from "./current";
import { can, type Principal } from "./principal";
import type { Permission } from "./roles";

/** For staff pages: anonymous visitors go to sign-in; a signed-in user without the role gets `denied`. */
export async function pageGate(
  permission: Permission,
  path: string,
): Promise<{ principal: Principal; denied: boolean }> {
  const principal = await currentPrincipal();
  if (!principal) redirect(`/login?next=${encodeURIComponent(path)}`);
  return { principal, denied: !can(principal, permission) };
}

/** Only same-site relative paths, so a crafted ?next= cannot send people elsewhere. */
export function safeNextPath(next: unknown): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
    ? next
    : "/";
}
