// The read connection's tagged-template reads: values are bound, dates compare as the database stores them.
import { describe, expect, it } from "vitest";
import { makeUser } from "@/lib/testing/factories";
import { useTestDatabase } from "@/lib/testing/test-database";
import { readConnection } from "./read-connection";

const { db } = useTestDatabase();

describe("readConnection().sql", () => {
  it("binds values, including dates, and sees rows Prisma has just committed", async () => {
    const user = await makeUser("analyst");
    const hour = 60 * 60 * 1000;
    await (
      await db()
    ).session.createMany({
      data: [
        { id: "read-connection-past", userId: user.userId, expiresAt: new Date(Date.now() - hour) },
        { id: "read-connection-future", userId: user.userId, expiresAt: new Date(Date.now() + hour) },
      ],
    });
    const { sql } = await readConnection();
    const live = await sql<{ id: string }>`
      SELECT "id" FROM "Session" WHERE "userId" = ${user.userId} AND "expiresAt" > ${new Date()} ORDER BY "id"`;
    expect(live.map((r) => r.id)).toEqual(["read-connection-future"]);
    const hostile = await sql<{ id: string }>`SELECT "id" FROM "Session" WHERE "id" = ${"x' OR '1'='1"}`;
    expect(hostile).toEqual([]);
  });
});
