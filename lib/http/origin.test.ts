import { afterEach, describe, expect, it, vi } from "vitest";
import { acceptedOrigins, configuredBaseUrl, originOf, publicBaseUrl } from "./origin";

const forwarded = (host: string, proto = "https") =>
  new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": host, "x-forwarded-proto": proto });

afterEach(() => vi.unstubAllEnvs());

describe("the public base URL", () => {
  it("ignores X-Forwarded-* unless CLAIMDESK_TRUST_PROXY=1: the request's own Host is used", () => {
    vi.stubEnv("CLAIMDESK_TRUST_PROXY", "");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "");
    expect(publicBaseUrl(forwarded("evil.example"))).toBe("http://127.0.0.1:3000");
  });

  it("trusts a valid forwarded host and http(s) scheme behind a configured proxy", () => {
    vi.stubEnv("CLAIMDESK_TRUST_PROXY", "1");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "");
    expect(publicBaseUrl(forwarded("desk.velmora.example"))).toBe("https://desk.velmora.example");
    expect(publicBaseUrl(forwarded("desk.velmora.example:8443, inner.local", "https, http"))).toBe(
      "https://desk.velmora.example:8443",
    );
  });

  it("refuses forwarded values that are not an http(s) origin, even behind a trusted proxy", () => {
    vi.stubEnv("CLAIMDESK_TRUST_PROXY", "1");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "");
    for (const [host, proto] of [
      ["evil.example", "javascript"],
      ["evil.example/path", "https"],
      ['evil.example"><script>', "https"],
      ["user@evil.example", "https"],
      ["evil.example#x", "https"],
      ["", "https"],
    ])
      expect(publicBaseUrl(forwarded(host, proto)), `${proto}://${host}`).toBe("http://127.0.0.1:3000");
    expect(publicBaseUrl(new Headers({ host: "bad host", "x-forwarded-proto": "data" }))).toBe("http://localhost:3000");
  });

  it("uses CLAIMDESK_PUBLIC_URL over any header", () => {
    vi.stubEnv("CLAIMDESK_TRUST_PROXY", "1");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "https://claims.velmora.example/");
    expect(publicBaseUrl(forwarded("evil.example"))).toBe("https://claims.velmora.example");
  });

  it("outside a request (CLI, e-mails, webhooks) is CLAIMDESK_PUBLIC_URL when valid, else the local address", () => {
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "https://claims.velmora.example//");
    expect(configuredBaseUrl()).toBe("https://claims.velmora.example");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "ftp://claims.velmora.example");
    expect(configuredBaseUrl()).toBe("http://localhost:3000");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "");
    expect(configuredBaseUrl()).toBe("http://localhost:3000");
  });
});

describe("accepted origins for cookie writes", () => {
  it("are the request's own and the configured public URL, never an untrusted forwarded host", () => {
    vi.stubEnv("CLAIMDESK_TRUST_PROXY", "");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "https://claims.velmora.example");
    const accepted = acceptedOrigins(forwarded("evil.example"));
    expect(accepted.has("http://127.0.0.1:3000")).toBe(true);
    expect(accepted.has("https://claims.velmora.example")).toBe(true);
    expect(accepted.has("https://evil.example")).toBe(false);
  });

  it("parse hosts strictly", () => {
    expect(originOf("HTTPS", "Desk.Example:443")).toBe("https://desk.example");
    expect(originOf("https", "[::1]:3000")).toBe("https://[::1]:3000");
    expect(originOf("ftp", "desk.example")).toBeNull();
    expect(originOf("https", "desk.example:99999")).toBeNull();
  });
});
