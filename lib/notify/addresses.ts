// Where webhooks may be sent. Private, loopback and link-local addresses reach inside the desk's own
// network (SSRF), so they are refused unless an admin allows them. Pure (node:net only).
import { BlockList, isIP } from "node:net";

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  PRIVATE.addSubnet(net, bits, "ipv6");

/** True for addresses that are not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = isIP(ip);
  if (family === 0) return false;
  return PRIVATE.check(ip, family === 4 ? "ipv4" : "ipv6");
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
