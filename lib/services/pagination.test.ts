import { describe, expect, it } from "vitest";
import { cursorArgs, toPage } from "./pagination";

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}` }));

describe("cursor pages", () => {
  it("asks for one row more than the page, and skips the cursor row itself", () => {
    expect(cursorArgs(undefined, 20)).toEqual({ take: 21 });
    expect(cursorArgs("r20", 20)).toEqual({ take: 21, cursor: { id: "r20" }, skip: 1 });
  });

  it("points the next page at the last row shown when there is more", () => {
    const page = toPage(rows(21), 20);
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).toBe("r20");
  });

  it("gives the last page no cursor, also when it is exactly full", () => {
    expect(toPage(rows(20), 20)).toEqual({ items: rows(20), nextCursor: null });
    expect(toPage(rows(3), 20)).toEqual({ items: rows(3), nextCursor: null });
    expect(toPage([], 20)).toEqual({ items: [], nextCursor: null });
  });
});
