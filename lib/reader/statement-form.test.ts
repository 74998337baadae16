import { describe, expect, it } from "vitest";
import { statementUpdateInput } from "@/lib/validation/statements";
import { statementFormValues } from "./statement-form";

const statement = {
  id: "s1",
  version: 3,
  speaker: { id: "a1", name: "Pia Lund" },
  via: { id: "a2", name: "Velmora Radio" },
  viaText: "told Velmora Radio",
  cue: "told",
  kind: "indirect",
  anonymous: false,
  hedges: ["reportedly", "could not be verified"],
  reportedById: null,
};

describe("statement edit form values", () => {
  it("open the form with every field, and post back as the same statement through the API's schema", () => {
    const values = statementFormValues(statement);
    expect(values).toMatchObject({ speakerIdLabel: "Pia Lund", viaIdLabel: "Velmora Radio", anonymous: "false" });
    expect(statementUpdateInput.parse(values)).toEqual({
      version: 3,
      speakerId: "a1",
      viaId: "a2",
      viaText: "told Velmora Radio",
      cue: "told",
      kind: "indirect",
      anonymous: false,
      hedges: ["reportedly", "could not be verified"],
      reportedById: null,
    });
  });

  it("clear the intermediary and hedges when the statement has none", () => {
    const parsed = statementUpdateInput.parse(
      statementFormValues({ ...statement, via: null, viaText: null, hedges: [], anonymous: true }),
    );
    expect(parsed).toMatchObject({ viaId: null, viaText: null, hedges: [], anonymous: true });
  });
});
