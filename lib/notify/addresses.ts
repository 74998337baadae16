// Where webhooks may be sent. Private, loopback and link-local addresses reach inside the desk's own
// network (SSRF), so they are refused unless an admin allows them. One list of ranges for every
// server-side request: lib/sources/address-guard.ts.
import { isIP } from "node:net";
import { isPrivateAddress as isBlockedIp } from "@/lib/sources/address-guard";

/** True for IP addresses that are not on the public internet (the same ranges a URL import refuses). */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "");
  return isIP(ip) !== 0 && isBlockedIp(ip);
}

const LOCAL_NAMES = /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i;

/**
 * Why a webhook URL is refused, or null. HTTPS is required for public hosts; a private host (by IP or
 * obvious local name) is refused unless `allowPrivate`, and then may use plain HTTP (a local receiver).
 * The sender checks the resolved addresses again before each delivery.
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full URL such as https://hooks.example.org/claimdesk.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "The URL must start with https://.";
  if (url.username || url.password) return "Put credentials in the signing secret, not in the URL.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const isPrivate = isPrivateAddress(host) || LOCAL_NAMES.test(host);
  if (isPrivate && !allowPrivate)
    return "Private and loopback addresses are refused; an admin can allow them in webhook settings.";
  if (url.protocol === "http:" && !isPrivate) return "The URL must start with https://.";
  return null;
}
