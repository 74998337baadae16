import "server-only";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/http/origin";

/**
 * The public base URL for absolute links (cards, ClaimReview, feeds, embeds): CLAIMDESK_PUBLIC_URL
 * when set, else the request's origin, with X-Forwarded-Host/-Proto trusted only under
 * CLAIMDESK_TRUST_PROXY=1 (lib/http/origin.ts). (Route handlers' req.nextUrl reports the server's
 * own hostname under `next start`, not the one the client used.) Never computed inside a cached function.
 */
export function baseUrlFromHeaders(h: Headers): string {
  return publicBaseUrl(h);
}

export async function pageBaseUrl(): Promise<string> {
  return publicBaseUrl(await headers());
}
