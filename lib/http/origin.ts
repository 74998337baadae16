// Which origin a request was addressed to, trusting X-Forwarded-* only when the operator says a
// proxy sets them (CLAIMDESK_TRUST_PROXY=1). Public links (cards, embeds, feeds, JSON-LD, API `url`
// fields) and the same-origin check on cookie writes are built from this, never from raw headers.

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `proto://host` when both are plausible (http or https, a bare host[:port]), else null. */
export function originOf(proto: string | null | undefined, host: string | null | undefined): string | null {
  const p = proto?.trim().toLowerCase();
  const h = host?.trim();
  if ((p !== "http" && p !== "https") || !h || h.length > 255 || !HOST.test(h)) return null;
  try {
    // HOST already ruled out paths, user info and fragments; URL checks the port range.
    return new URL(`${p}://${h}`).origin;
  } catch {
    return null;
  }
}

export const trustsProxy = () => process.env.CLAIMDESK_TRUST_PROXY === "1";

/** A proxy may append: "a, b". The first value is what the client used. */
const first = (value: string | null) => value?.split(",")[0] ?? null;

/** The request's origin: forwarded headers when trusted and valid, else its own Host; null if neither is valid. */
export function requestOrigin(h: Headers): string | null {
  if (trustsProxy()) {
    const forwarded = originOf(
      first(h.get("x-forwarded-proto")) ?? "http",
      first(h.get("x-forwarded-host")) ?? h.get("host"),
    );
    if (forwarded) return forwarded;
  }
  return originOf("http", h.get("host"));
}

/** CLAIMDESK_PUBLIC_URL without trailing slashes, when set to an http(s) URL. */
export function configuredPublicUrl(): string | null {
  const configured = process.env.CLAIMDESK_PUBLIC_URL?.trim();
  if (!configured) return null;
  try {
    const url = new URL(configured);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return configured.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

/** Where `npm start` serves the desk when nothing else names its address. */
const LOCAL_BASE_URL = "http://localhost:3000";

/** The base URL for absolute public links: CLAIMDESK_PUBLIC_URL, else the trusted request origin. */
export function publicBaseUrl(h: Headers): string {
  return configuredPublicUrl() ?? requestOrigin(h) ?? LOCAL_BASE_URL;
}

/** The base URL for absolute links made outside a request (CLI exports, e-mails, webhook payloads). */
export function configuredBaseUrl(): string {
  return configuredPublicUrl() ?? LOCAL_BASE_URL;
}

/** Origins a cookie-authenticated write may come from: this request's own, and the public URL's. */
export function acceptedOrigins(h: Headers): Set<string> {
  const accepted = new Set<string>();
  const own = requestOrigin(h);
  const ownHost = h.get("host");
  if (own) accepted.add(own);
  // Browsers send https origins for pages the desk serves over TLS behind a proxy on the same host.
  if (ownHost && originOf("https", ownHost)) accepted.add(originOf("https", ownHost)!);
  const configured = configuredPublicUrl();
  if (configured) accepted.add(new URL(configured).origin);
  return accepted;
}
