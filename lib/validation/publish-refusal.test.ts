import { describe, expect, it } from "vitest";
import { fieldOfMessage, publishRefusalFields } from "./publish-refusal";

const gate = (failed: string[]) =>
  [
    { key: "status", missing: "The claim must be submitted for review first (it is Draft)." },
    { key: "evidence", missing: "At least one evidence item." },
    { key: "reviews", missing: "At least one review." },
    { key: "rationale", missing: "Public rationale is required." },
  ].map((i) => ({ ...i, ok: !failed.includes(i.key) }));

describe("publish refusal", () => {
  it("lists the claim's missing items and every invalid field at once, in form order", () => {
    const fields = publishRefusalFields(
      { attributionVerdict: ["Choose an attribution verdict."], headline: ["Headline is required."] },
      gate(["evidence", "reviews", "rationale"]),
    );
    expect(fields).toEqual({
      headline: ["Headline is required."],
      attributionVerdict: ["Choose an attribution verdict."],
      rationale: ["Public rationale is required."],
      publish: [
        "At least one evidence item.",
        "At least one review.",
        "Headline is required.",
        "Choose an attribution verdict.",
        "Public rationale is required.",
      ],
    });
  });

  it("marks the rationale field when the gate finds it missing", () => {
    expect(publishRefusalFields({}, gate(["rationale"]))).toEqual({
      rationale: ["Public rationale is required."],
      publish: ["Public rationale is required."],
    });
  });

  it("keeps the field's own message over the gate's when both speak of it", () => {
    const tooLong = "Rationale must be at most 10000 characters.";
    expect(publishRefusalFields({ rationale: [tooLong] }, gate(["rationale"]))?.rationale).toEqual([tooLong]);
  });

  it("is null when nothing is missing", () => {
    expect(publishRefusalFields({}, gate([]))).toBeNull();
  });

  it("finds the field a summary item is about, and none for the claim's own items", () => {
    const fields = publishRefusalFields({ truthVerdict: ["Choose a truth verdict."] }, gate(["evidence"]))!;
    expect(fieldOfMessage(fields, "Choose a truth verdict.")).toBe("truthVerdict");
    expect(fieldOfMessage(fields, "At least one evidence item.")).toBeNull();
  });
});
