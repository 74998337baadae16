import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, installPeerStamp, PEER_HEADER, UNKNOWN_ADDRESS } from "./client-address";

afterEach(() => installPeerStamp(undefined));

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless CLAIMDESK_TRUST_PROXY=1", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" });
    expect(clientAddress(headers, {})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers, { CLAIMDESK_TRUST_PROXY: "1" })).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "not an address" }), { CLAIMDESK_TRUST_PROXY: "1" })).toBe(
      UNKNOWN_ADDRESS,
    );
  });

  it("uses the socket address stamped by this process, never one a client wrote itself", () => {
    installPeerStamp({ secret: "s3cret" });
    expect(clientAddress(new Headers({ [PEER_HEADER]: "s3cret 198.51.100.4" }), {})).toBe("198.51.100.4");
    expect(clientAddress(new Headers({ [PEER_HEADER]: "guess 198.51.100.4" }), {})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ [PEER_HEADER]: "s3cret nonsense" }), {})).toBe(UNKNOWN_ADDRESS);
  });
});
