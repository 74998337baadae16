// Which client a sign-in attempt comes from, for the backoff in login-throttle.ts.
// Next 16 gives route handlers and server actions no socket address, and it passes a client's own
// X-Forwarded-For through unchanged, so that header is trusted only behind a configured proxy.
// instrumentation.ts stamps each request with the socket address under a per-process secret.
import { isIP } from "node:net";

export const PEER_HEADER = "x-claimdesk-peer";

type PeerStamp = { secret: string };
const globalForPeer = globalThis as unknown as { claimdeskPeerStamp?: PeerStamp };

export function peerStamp(): PeerStamp | undefined {
  return globalForPeer.claimdeskPeerStamp;
}

export function installPeerStamp(stamp: PeerStamp | undefined) {
  globalForPeer.claimdeskPeerStamp = stamp;
}

/** Same key for every request whose address is unknown (all such clients share one backoff). */
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  if (env.CLAIMDESK_TRUST_PROXY === "1") {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first && isIP(first)) return first;
  }
  const stamp = peerStamp();
  const value = headers.get(PEER_HEADER);
  if (stamp && value?.startsWith(`${stamp.secret} `)) {
    const address = value.slice(stamp.secret.length + 1);
    if (isIP(address)) return address;
  }
  return UNKNOWN_ADDRESS;
}
