import "server-only";
import { configuredPublicUrl } from "@/lib/http/origin";

/**
 * The base URL for pages and embeds served from the full-route cache (ADR 0024): CLAIMDESK_PUBLIC_URL,
 * else http://localhost:$PORT. Never the request's Host: one cached copy is served to every visitor,
 * so a Host or X-Forwarded-Host sent by one client must not end up in what the next one reads.
 */
export function cachedPageBaseUrl(): string {
  return configuredPublicUrl() ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
