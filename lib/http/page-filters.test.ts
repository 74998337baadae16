import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse";
import { listWithValidFilters } from "./page-filters";

const schema = z.object({ status: z.enum(["draft", "published"]).optional(), cursor: z.string().max(8).optional() });
const list = async (filters: Record<string, string | undefined>) => parseInput(schema, filters);

describe("list pages with filters from the address", () => {
  it("drop only the filters the schema refuses and still list", async () => {
    const { result, ignored } = await listWithValidFilters({ status: "bogus", cursor: "abc" }, list);
    expect(result).toEqual({ cursor: "abc" });
    expect(ignored).toEqual(["status"]);
    const long = await listWithValidFilters({ status: "draft", cursor: "x".repeat(5000) }, list);
    expect(long).toEqual({ result: { status: "draft" }, ignored: ["cursor"] });
  });

  it("pass valid filters through untouched", async () => {
    expect(await listWithValidFilters({ status: "published", cursor: undefined }, list)).toEqual({
      result: { status: "published" },
      ignored: [],
    });
  });
});
