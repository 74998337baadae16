// The `extract` and `discrepancies` CLI commands: file reading, offsets, JSON shape, errors.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as discrepancies from "../cli/commands/discrepancies";
import * as extract from "../cli/commands/extract";
import { BORDER, BORDER_FOLLOW_UP } from "@/lib/testing/extract-fixtures";

function io() {
  const out: string[] = [],
    err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), stdin: process.stdin } };
}

const dir = mkdtempSync(join(tmpdir(), "claimdesk-extract-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text, "utf8");
  return p;
};

describe("extract command", () => {
  it("prints quotes, numbers and candidate claims as JSON with offsets into the file's text", async () => {
    const text = "\uFEFF" + BORDER; // the BOM stays: offsets are into the text exactly as read
    const path = file("border.txt", text);
    const t = io();
    expect(await extract.run([path, "--json"], t.io)).toBe(0);
    const parsed = JSON.parse(t.out.join("\n"));
    expect(Object.keys(parsed)).toEqual(["quotes", "numbers", "candidateClaims"]);
    expect(parsed.quotes.length).toBeGreaterThan(5);
    for (const q of parsed.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(parsed.quotes.find((q: { speaker: string }) => q.speaker === "Marta Bell")).toBeTruthy();
  });

  it("prints a readable table without --json", async () => {
    const t = io();
    expect(await extract.run([file("b.txt", BORDER)], t.io)).toBe(0);
    expect(t.out.join("\n")).toMatch(/Quotations in .*Piet Anders/s);
  });

  it("reports a missing file in one sentence and exits 1", async () => {
    const t = io();
    expect(await extract.run([join(dir, "nope.txt"), "--json"], t.io)).toBe(1);
    expect(t.err).toEqual([`Cannot read ${join(dir, "nope.txt")}: no such file.`]);
    expect(t.out).toEqual([]);
  });

  it("has one-paragraph help", () => {
    expect(extract.help).toMatch(/^Usage: .*extract FILE \[--json\]/);
    expect(discrepancies.help).toMatch(/^Usage: .*discrepancies FILE\.\.\. \[--json\]/);
  });
});

describe("discrepancies command", () => {
  it("prints disagreeing counts with file, offsets and phrase", async () => {
    const a = file("a.txt", BORDER),
      b = file("b2.txt", BORDER_FOLLOW_UP);
    const t = io();
    expect(await discrepancies.run([a, b, "--json"], t.io)).toBe(0);
    const { discrepancies: found } = JSON.parse(t.out.join("\n"));
    const killed = found.find((d: { counts: string; event: string }) => d.counts === "troop" && d.event === "killed");
    expect(killed.values.map((v: { file: string; value: number }) => [v.file, v.value])).toEqual([
      [a, 12],
      [b, 20],
    ]);
    expect(BORDER.slice(killed.values[0].start, killed.values[0].end)).toBe(killed.values[0].phrase);
  });

  it("exits 1 when a file cannot be read", async () => {
    const t = io();
    expect(await discrepancies.run([join(dir, "missing.txt")], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/^Cannot read .*missing\.txt: no such file\.$/);
  });
});
