// Read replicas on PostgreSQL: reads go to the replica, writes and $primary() to the primary.
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { adminQuery, withDatabase } from "@/lib/testing/postgres";
import { useTestDatabase } from "@/lib/testing/test-database";
import { createDb, replicaUrlsFrom } from "./client";
import { databaseTarget } from "./target";

const { db } = useTestDatabase();

describe("replica URLs", () => {
  it("accept a comma-separated list of PostgreSQL URLs and refuse anything else", () => {
    expect(replicaUrlsFrom(" postgresql://a/x , postgres://b/x ")).toEqual(["postgresql://a/x", "postgres://b/x"]);
    expect(replicaUrlsFrom(undefined)).toEqual([]);
    expect(() => replicaUrlsFrom("file:./replica.db")).toThrow(/postgresql:\/\//);
  });
});

describe.runIf(inject("testDbProvider") === "postgresql")("read replicas", () => {
  it("serve reads from the replica and writes from the primary", async () => {
    const primary = databaseTarget(process.env);
    await (await db()).setting.create({ data: { key: "where", value: "both" } });
    const primaryName = new URL(primary.url).pathname.slice(1);
    const replicaName = `claimdesk_replica_${randomBytes(4).toString("hex")}`;
    const { closeDb } = await import("./client");
    await closeDb(); // CREATE DATABASE ... TEMPLATE needs the template to have no connections
    await adminQuery(primary.url, `CREATE DATABASE "${replicaName}" TEMPLATE "${primaryName}"`);
    process.env.DATABASE_REPLICA_URLS = withDatabase(primary.url, replicaName);
    try {
      const client = await createDb(primary);
      await client.setting.create({ data: { key: "where-new", value: "primary only" } });
      expect(await client.setting.findUnique({ where: { key: "where-new" } })).toBeNull();
      expect((await client.setting.findUnique({ where: { key: "where" } }))?.value).toBe("both");
      const onPrimary = (client as unknown as { $primary: () => typeof client }).$primary();
      expect((await onPrimary.setting.findUnique({ where: { key: "where-new" } }))?.value).toBe("primary only");
      await client.$disconnect();
    } finally {
      delete process.env.DATABASE_REPLICA_URLS;
      await adminQuery(primary.url, `DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
    }
  });
});
