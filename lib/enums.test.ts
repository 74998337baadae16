import { describe, expect, it } from "vitest";
import { byText, ClaimStatus, Stance, TruthVerdict, valuesOf } from "./enums";

describe("enums from the schema", () => {
  it("lists values in schema order, the order forms and filters show", () => {
    expect(valuesOf(TruthVerdict)).toEqual(["true", "mostly_true", "mixed", "mostly_false", "false", "unproven"]);
    expect(valuesOf(ClaimStatus)[0]).toBe("draft");
  });

  it("sorts values as text, the way SQLite orders them, not in declaration order", () => {
    expect(valuesOf(Stance).sort(byText)).toEqual(["context", "contradicts", "supports"]);
    expect(["in_review", "draft", "archived"].sort(byText)).toEqual(["archived", "draft", "in_review"]);
  });
});
