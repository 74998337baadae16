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

/** Where the sign-in page lands when `next` is missing or unsafe. */
export const SAFE_LANDING = "/";

/**
 * Only a path on this site, so a crafted ?next= cannot send people elsewhere. The value is resolved
 * the way a browser would (`new URL`, which also drops tabs and newlines and reads `\` as `/`)
 * against a placeholder origin, and must stay on that origin; the result is re-serialised, so it is
 * always ASCII (a non-Latin-1 value cannot break the Location header).
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return SAFE_LANDING;
  const origin = "http://claimdesk.invalid";
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return SAFE_LANDING;
  }
  if (url.origin !== origin) return SAFE_LANDING;
  const path = url.pathname + url.search + url.hash;
  // Paranoia: what we hand back must itself be unambiguous as a same-origin path.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : SAFE_LANDING;
}
