import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { principalFromApiToken } from "@/lib/auth/sessions";
import { useTestDatabase } from "@/lib/testing/test-database";
import { main } from "./main";

const { db } = useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-cli-"));

async function cli(args: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([stdin]) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("CLI", () => {
  it("bootstraps an admin with the password from stdin and prints a working API token last", async () => {
    const added = await cli(
      ["user", "add", "--email", "Chief@Velmora.test", "--role", "admin"],
      "a long secret pass\n",
    );
    expect(added).toMatchObject({ code: 0, out: "Added chief@velmora.test as admin." });
    const token = await cli(["token", "create", "--email", "chief@velmora.test"]);
    expect(token.code).toBe(0);
    expect((await principalFromApiToken(token.out.split("\n").pop()!))?.role).toBe("admin");
  });

  it("explains bad input in a sentence with a non-zero exit and stores nothing", async () => {
    const users = await (await db()).user.count();
    const bad = await cli(["user", "add", "--email", "nope", "--role", "boss"], "short\n");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Email is not a valid address/);
    expect(bad.err).toMatch(/Role must be one of/);
    expect((await cli(["token", "create", "--email", "ghost@velmora.test"])).err).toMatch(
      /ghost@velmora.test was not found/,
    );
    expect((await cli(["user", "add", "--bogus"])).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect(await (await db()).user.count()).toBe(users);
  });

  it("imports files, and imports none when any file is bad", async () => {
    const good = path.join(dir, "harbour.md");
    writeFileSync(good, "# Harbour reopens (fictional)\n\nThe harbour of Velmora reopened on Tuesday.");
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "");
    const before = await (await db()).source.count();
    const refused = await cli(["import", good, empty]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/empty\.txt is empty/);
    expect(await (await db()).source.count()).toBe(before);
    const ok = await cli(["import", good, "--publisher", "Velmora Post", "--published", "2026-04-01"]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Imported .*harbour\.md as source \w+ \("Harbour reopens \(fictional\)"/);
    const source = await (await db()).source.findFirst({ where: { title: "Harbour reopens (fictional)" } });
    expect(source?.publisher).toBe("Velmora Post");
    expect((await cli(["import", path.join(dir, "missing.txt")])).err).toMatch(/cannot be read \(no such file\)/);

    // The same text again is refused, naming the existing source, unless --allow-duplicate.
    const copy = path.join(dir, "harbour-copy.txt");
    writeFileSync(copy, "# Harbour reopens (fictional)\n\nThe harbour of Velmora reopened on Tuesday.");
    const again = await cli(["import", copy]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`already imported as "Harbour reopens (fictional)" (source ${source!.id})`);
    expect(again.err).toContain("--allow-duplicate");
    expect((await cli(["import", copy, "--allow-duplicate"])).code).toBe(0);
  });

  it("prints help for the whole CLI and for each command", async () => {
    const all = await cli(["--help"]);
    expect(all.code).toBe(0);
    for (const command of ["user add", "token create", "import", "extract", "discrepancies", "backup", "restore"])
      expect(all.out).toContain(command);
    expect((await cli(["import", "--help"])).out).toMatch(/^Usage: npm run cli -- import FILE/);
  });
});
