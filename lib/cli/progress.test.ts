import { describe, expect, it } from "vitest";
import { formatProgress, formatSeconds, progress } from "./progress";

describe("CLI progress", () => {
  it("shows count, percentage, rate and time remaining", () => {
    expect(formatProgress(5, 20, 2_500, "b.pdf")).toBe("[5/20] 25% · 2.0/s · 8s left · b.pdf");
    expect(formatProgress(300, 1000, 10_000)).toBe("[300/1000] 30% · 30/s · 24s left");
    expect(formatProgress(0, 3, 0)).toBe("[0/3] 0% · 0.0/s");
  });

  it("formats long waits in minutes and hours", () => {
    expect(formatSeconds(59)).toBe("59s");
    expect(formatSeconds(125)).toBe("2m 5s");
    expect(formatSeconds(7_380)).toBe("2h 3m");
  });

  it("reports every step of a batch and stays quiet for a single item", () => {
    let clock = 0;
    const lines: string[] = [];
    const batch = progress(
      2,
      (l) => lines.push(l),
      () => clock,
    );
    clock = 1000;
    batch.step("a");
    clock = 2000;
    batch.step("b");
    batch.done();
    expect(lines).toEqual([
      "[1/2] 50% · 1.0/s · 1s left · a",
      "[2/2] 100% · 1.0/s · 0s left · b",
      "Done: 2 of 2 in 2s.",
    ]);
    const single: string[] = [];
    const one = progress(1, (l) => single.push(l));
    one.step();
    one.done();
    expect(single).toEqual([]);
  });

  it("prints batch progress at most once a second, and always the last step", () => {
    let clock = 0;
    const lines: string[] = [];
    const rows = progress(
      1000,
      (l) => lines.push(l),
      () => clock,
    );
    clock = 500;
    rows.at(500, "User");
    clock = 900;
    rows.at(700, "Source");
    clock = 1000;
    rows.at(1000, "AuditEvent");
    expect(lines).toEqual([
      "[500/1000] 50% · 1000/s · 1s left · User",
      "[1000/1000] 100% · 1000/s · 0s left · AuditEvent",
    ]);
  });
});
