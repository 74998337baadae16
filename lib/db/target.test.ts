import { describe, expect, it } from "vitest";
import { databaseTarget } from "./target";

describe("databaseTarget", () => {
  it("defaults to the SQLite file under data/", () => {
    expect(databaseTarget({}, "/srv/claimdesk")).toEqual({
      provider: "sqlite",
      file: "/srv/claimdesk/data/claimdesk.db",
      url: "file:/srv/claimdesk/data/claimdesk.db",
    });
  });

  it("chooses PostgreSQL for postgres URLs and resolves relative SQLite paths", () => {
    expect(databaseTarget({ DATABASE_URL: "postgresql://u:p@db/claimdesk" }).provider).toBe("postgresql");
    expect(databaseTarget({ DATABASE_URL: "postgres://u:p@db/claimdesk" }).provider).toBe("postgresql");
    expect(databaseTarget({ DATABASE_URL: "file:./tmp/x.db" }, "/app")).toMatchObject({ file: "/app/tmp/x.db" });
  });

  it("refuses other URL schemes with a sentence", () => {
    expect(() => databaseTarget({ DATABASE_URL: "mysql://db/x" })).toThrow(
      /must start with file:, postgres:\/\/ or postgresql:\/\//,
    );
  });
});
