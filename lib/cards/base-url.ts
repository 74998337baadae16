import "server-only";
import { configuredPublicUrl, publicBaseUrl } from "@/lib/http/origin";

/**
 * The public base URL for absolute links built in route handlers and API answers (feeds, API `url`
 * fields): CLAIMDESK_PUBLIC_URL when set, else the request's origin, with X-Forwarded-Host/-Proto
 * trusted only under CLAIMDESK_TRUST_PROXY=1 (lib/http/origin.ts). (Route handlers' req.nextUrl
 * reports the server's own hostname under `next start`, not the one the client used.)
 */
export function baseUrlFromHeaders(h: Headers): string {
  return publicBaseUrl(h);
}

/**
 * The base URL for pages and embeds served from the full-route cache (ADR 0024): CLAIMDESK_PUBLIC_URL,
 * else http://localhost:$PORT. Never the request's Host: one cached copy is served to every visitor,
 * so a Host or X-Forwarded-Host sent by one client must not end up in what the next one reads.
 */
export function cachedPageBaseUrl(): string {
  return configuredPublicUrl() ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Kept async for pages and metadata that await it; the same value as cachedPageBaseUrl. */
export async function pageBaseUrl(): Promise<string> {
  return cachedPageBaseUrl();
}
