// Fictional reports (invented places and people).
import { describe, expect, it } from "vitest";
import { compareReportedNumbers, countedEvents } from "./index";

const report = (origin: string, text: string) => ({ origin, numbers: countedEvents(text) });

describe("numbers across sources", () => {
  it("flags different counts of the same event, keeping each source's hedges", () => {
    const groups = compareReportedNumbers([
      report("Lisec Courier", "Three fighters were reportedly killed in the raid on Osk in March 2025."),
      report("Velmora Post", "Seven fighters were killed in the raid on Osk in March 2025, officials said."),
    ]);
    const killed = groups.find((g) => g.event === "killed")!;
    expect(killed.disagreement).toBe(true);
    expect(killed.numbers.map((n) => [n.origin, n.value, n.qualifier])).toEqual([
      ["Lisec Courier", 3, "exact"],
      ["Velmora Post", 7, "exact"],
    ]);
    expect(killed.numbers[0].hedges.join(" ")).toMatch(/reportedly/);
  });

  it("does not flag counts of different events (other month or place)", () => {
    const groups = compareReportedNumbers([
      report("Lisec Courier", "Three fighters were killed in the raid on Osk in March 2025."),
      report("Velmora Post", "Seven fighters were killed in the raid on Osk in June 2025."),
    ]);
    expect(groups.find((g) => g.event === "killed")?.disagreement).toBe(false);
  });

  it("does not flag figures that can both hold once qualifiers count", () => {
    const groups = compareReportedNumbers([
      report("Lisec Courier", "At least three fighters were killed in the raid on Osk."),
      report("Velmora Post", "Five fighters were killed in the raid on Osk."),
    ]);
    expect(groups.find((g) => g.event === "killed")?.disagreement).toBe(false);
  });
});
