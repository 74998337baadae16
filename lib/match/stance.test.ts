// Fictional sentences (invented places and groups) for how a negative claim is read: what its
// negation is about, and which passages can contradict it.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, matchText } from "./index";
import { passagePolarity } from "./stance";
import { buildAliasTable, termsOf } from "./terms";

const index = buildClaimIndex([
  { id: "links", text: "Velmora has no links to the Sable Front" },
  { id: "calm", text: "The Osk patrols were meant to avoid escalation with Velmora" },
  { id: "barges", text: "Drenn river pilots refuse to guide Velmoran barges" },
]);
const stanceOf = (text: string, id: string) =>
  matchText(index, text, 0)
    .flatMap((m) => m.claims)
    .find((c) => c.id === id)?.stance;

describe("negative claims", () => {
  it("are contradicted by a passage that asserts what they deny", () => {
    expect(stanceOf("Velmora has close links to the Sable Front, Osk officials said.", "links")).toBe("contradicts");
  });

  it("are context, not contradicted, for a passage on their subject that does not name what they deny", () => {
    expect(stanceOf("Velmora hosted Sable Front leaders at a conference in Osk.", "links")).toBe("context");
  });

  it("are supported by a passage that avoids or prevents the same thing", () => {
    expect(stanceOf("To avoid further escalation with Velmora, the Osk patrols stayed in port.", "calm")).toBe(
      "supports",
    );
  });

  it("are supported by a passage that states the same refusal as a noun", () => {
    expect(stanceOf("The Drenn river pilots repeated their refusal to guide Velmoran barges.", "barges")).toBe(
      "supports",
    );
  });
});

describe("passage polarity", () => {
  const table = buildAliasTable();
  it("reads 'to prevent' as negating what follows", () => {
    const passage = "The patrols were sent to prevent an escalation on the river.";
    const shared = termsOf(passage, table).filter((t) => t.term.startsWith("@escal"));
    expect(passagePolarity(passage, shared, false)).toBe(-1);
  });
});

describe("claims about what someone said of an event", () => {
  const said = buildClaimIndex([
    {
      id: "defence",
      text: "Drenn officials describe the strikes on the Sable Front as self-defence to protect Drenn crews",
      kind: "quote_attribution",
    },
    { id: "bridge", text: "The Lisec bridge was closed for repairs" },
  ]);
  const stance = (text: string) => matchText(said, text, 0)[0]?.claims.find((c) => c.id === "defence")?.stance;

  it("are supported by a statement about that event", () => {
    expect(stance("“The strikes on the Sable Front were to protect our crews,” a Drenn official said.")).toBe(
      "supports",
    );
  });

  it("are only context for a statement about readiness in general", () => {
    expect(stance("“Our crews are ready to protect themselves,” a Drenn official said of the Sable Front.")).toBe(
      "context",
    );
  });
});

describe("passages that miss what a claim is about", () => {
  const bank = buildClaimIndex([
    { id: "no-links", text: "Velmora has no links to the Sable Front militia" },
    { id: "shelled", text: "The Sable Front militia shelled Velmora's river ports" },
  ]);
  const scoreOf = (text: string, id: string) =>
    matchText(bank, text, 0)[0]?.claims.find((c) => c.id === id)?.score ?? 0;

  it("score a negative claim lower when they neither name what it denies nor deny anything", () => {
    const off = scoreOf("Velmora hosted Sable Front militia leaders in Osk.", "no-links");
    const on = scoreOf("Velmora has close links to the Sable Front militia in Osk.", "no-links");
    const denied = scoreOf("Velmora denied hosting Sable Front militia leaders in Osk.", "no-links");
    expect(off).toBeLessThan(denied);
    expect(off).toBeLessThan(on);
  });
});
