import { describe, expect, it } from "vitest";
import { isPrivateAddress, webhookUrlProblem } from "./addresses";
import { MAX_ATTEMPTS, nextAttemptAfter } from "./backoff";

describe("private addresses", () => {
  it("recognises loopback, private, link-local and mapped addresses", () => {
    for (const ip of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "::1", "fd00::1"])
      expect(isPrivateAddress(ip), ip).toBe(true);
    expect(isPrivateAddress("::ffff:127.0.0.1")).toBe(true);
    expect(isPrivateAddress("93.184.216.34")).toBe(false);
    expect(isPrivateAddress("2606:4700::1")).toBe(false);
  });
});

describe("webhook URLs", () => {
  it("requires https for public hosts", () => {
    expect(webhookUrlProblem("https://hooks.example.org/x", false)).toBeNull();
    expect(webhookUrlProblem("http://hooks.example.org/x", false)).toMatch(/https/);
    expect(webhookUrlProblem("ftp://hooks.example.org/x", true)).toMatch(/https/);
    expect(webhookUrlProblem("not a url", false)).toMatch(/full URL/);
  });
  it("refuses private hosts unless allowed, then accepts plain http to them", () => {
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook", false)).toMatch(/Private/);
    expect(webhookUrlProblem("https://localhost/hook", false)).toMatch(/Private/);
    expect(webhookUrlProblem("http://[::1]:9/hook", false)).toMatch(/Private/);
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook", true)).toBeNull();
  });
  it("refuses credentials in the URL", () => {
    expect(webhookUrlProblem("https://u:p@hooks.example.org/", false)).toMatch(/credentials/);
  });
});

describe("backoff", () => {
  it("waits longer after each failure and gives up after the last try", () => {
    const now = new Date("2026-11-30T00:00:00Z");
    const waits = [1, 2, 3].map((n) => nextAttemptAfter(n, now)!.getTime() - now.getTime());
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(waits[2]).toBeGreaterThan(waits[1]);
    expect(nextAttemptAfter(MAX_ATTEMPTS, now)).toBeNull();
  });
});
