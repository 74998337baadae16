import "server-only";
import { headers } from "next/headers";
import { siteUrl } from "@/lib/site";

/**
 * The public base URL for absolute links (cards, ClaimReview, feeds): CLAIMDESK_PUBLIC_URL when set,
 * else the host the request was sent to. (Route handlers' req.nextUrl reports the server's own
 * hostname under `next start`, not the one the client used.) Never computed inside a cached function.
 */
export function baseUrlFromHeaders(h: Headers): string {
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  return siteUrl(host ? `${proto}://${host}` : undefined);
}

export async function pageBaseUrl(): Promise<string> {
  return baseUrlFromHeaders(await headers());
}
