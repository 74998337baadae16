// Fictional claims (invented places and people).
import { describe, expect, it } from "vitest";
import { buildClaimIndex } from "./index";
import { similarClaims, SIMILAR_WARNING_SCORE } from "./similar";

const index = buildClaimIndex([
  { id: "dam", text: "The Karvash dam was built with money from the Velmoran treasury" },
  { id: "no-dam", text: "The Karvash dam was not built with Velmoran money" },
  { id: "ferry", text: "Eleven passengers died when the Lisec ferry sank in March 2024" },
  { id: "school", text: "Mayor Ilse Varga closed the Osk school for the winter" },
]);

describe("similar claims", () => {
  it("ranks a reworded duplicate above the warning score", () => {
    const [best] = similarClaims(index, "Velmoran treasury money built the Karvash dam");
    expect(best.id).toBe("dam");
    expect(best.score).toBeGreaterThanOrEqual(SIMILAR_WARNING_SCORE);
    expect(best.opposite).toBe(false);
  });

  it("marks a negated claim as a possible opposite", () => {
    const found = similarClaims(index, "Velmoran treasury money built the Karvash dam");
    expect(found.find((s) => s.id === "no-dam")?.opposite).toBe(true);
  });

  it("marks a different count of the same event as a possible opposite", () => {
    const found = similarClaims(index, "Nine passengers died when the Lisec ferry sank in March 2024");
    expect(found[0]).toMatchObject({ id: "ferry", opposite: true });
  });

  it("lists nothing for an unrelated claim and leaves out the claim itself", () => {
    expect(similarClaims(index, "The harvest in the Drenn valley was early this year")).toEqual([]);
    expect(similarClaims(index, "Mayor Ilse Varga closed the Osk school for the winter", 5, "school")).toEqual([]);
  });
});
