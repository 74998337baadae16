import { describe, expect, it } from "vitest";
import { byUrgency, dueState } from "./due";

const now = new Date("2026-11-30T12:00:00Z");
const day = 24 * 60 * 60 * 1000;

describe("due dates", () => {
  it("classifies overdue, soon and later", () => {
    expect(dueState(null, now)).toBe("none");
    expect(dueState(new Date(now.getTime() - 1), now)).toBe("overdue");
    expect(dueState(new Date(now.getTime() + day), now)).toBe("due_soon");
    expect(dueState(new Date(now.getTime() + 5 * day), now)).toBe("later");
  });
  it("sorts dated work first, earliest due first, then undated oldest first", () => {
    const items = [
      { id: "none-new", dueAt: null, since: new Date(now.getTime() - day) },
      { id: "later", dueAt: new Date(now.getTime() + 3 * day), since: now },
      { id: "overdue", dueAt: new Date(now.getTime() - day), since: now },
      { id: "none-old", dueAt: null, since: new Date(now.getTime() - 9 * day) },
    ];
    expect(items.sort(byUrgency).map((i) => i.id)).toEqual(["overdue", "later", "none-old", "none-new"]);
  });
});
