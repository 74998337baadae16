import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { migrateIfNeeded, migrationNames, pendingMigrations } from "./migrate";
import { databaseTarget } from "./target";

const { db } = useTestDatabase();

describe("migrations on start", () => {
  it("finds nothing pending on a migrated database and does not touch it", async () => {
    const target = databaseTarget(process.env);
    expect(await pendingMigrations(target)).toEqual([]);
    await (await db()).setting.create({ data: { key: "probe", value: "kept" } });
    expect(await migrateIfNeeded(target)).toEqual([]);
    expect((await (await db()).setting.findUnique({ where: { key: "probe" } }))?.value).toBe("kept");
  });

  it("counts every migration as pending on an empty database", async () => {
    expect(
      await pendingMigrations({
        provider: "sqlite",
        file: "/nonexistent/claimdesk.db",
        url: "file:/nonexistent/claimdesk.db",
      }),
    ).toEqual(migrationNames("sqlite"));
  });
});
