// Fictional sentences (invented places and people) for each matcher rule.
import { describe, expect, it } from "vitest";
import { buildClaimIndex, matchText, passagesOf } from "./index";

const CLAIMS = [
  { id: "raid", text: "Four Velmoran fighters were killed in the March 2025 raid on Osk" },
  { id: "links", text: "France has no links to the Red Lantern militia" },
  { id: "arms", text: "France arms the Red Lantern militia" },
  { id: "harbour", text: "The harbour of Port Telmi was closed to shipping after the flood" },
  { id: "bridge", text: "The Ostrava Bridge collapsed because of poor maintenance" },
];
const index = buildClaimIndex(CLAIMS);

function stanceFor(text: string, id: string) {
  const match = matchText(index, text).find((m) => m.claims[0]?.id === id);
  return match?.claims[0].stance;
}

describe("claim matcher", () => {
  it("returns exact offsets for every passage", () => {
    const text = "Intro line.\n\nThe harbour of Port Telmi was closed to shipping after the flood, officials said.";
    for (const m of matchText(index, text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matchText(index, text)[0].claims[0].id).toBe("harbour");
  });

  it("reads a denial cue as contradicting a positive claim", () => {
    expect(stanceFor("The ministry in Paris denied that it arms the Red Lantern militia.", "arms")).toBe("contradicts");
  });

  it("reads a denial of links as supporting a claim that there are no links", () => {
    expect(stanceFor("The French ministry denied any links with the Red Lantern militia.", "links")).toBe("supports");
  });

  it("reads a negation in scope of the claim's words as contradicting", () => {
    expect(stanceFor("Engineers said the Ostrava Bridge did not collapse because of poor maintenance.", "bridge")).toBe(
      "contradicts",
    );
  });

  it("keeps a hedged or anonymous report as support", () => {
    expect(
      stanceFor(
        "An unnamed official reportedly said the Ostrava Bridge collapsed because of poor maintenance.",
        "bridge",
      ),
    ).toBe("supports");
  });

  it("folds aliases: a capital and a demonym match the country", () => {
    const m = matchText(index, "Officials in Paris arm the Red Lantern militia, a Velmoran analyst wrote.");
    expect(m[0].claims.map((c) => c.id)).toContain("arms");
  });

  it("calls different counts of the same event a contradiction", () => {
    expect(stanceFor("Three Velmoran fighters were killed in the raid on Osk in March 2025.", "raid")).toBe(
      "contradicts",
    );
  });

  it("does not call counts of a different event a contradiction", () => {
    const stance = stanceFor("Three Velmoran fighters were killed in a raid on Osk in June 2019.", "raid");
    expect(stance).not.toBe("contradicts");
  });

  it("agrees when the counts agree", () => {
    expect(stanceFor("Four Velmoran fighters were killed in the March 2025 raid on Osk.", "raid")).toBe("supports");
  });

  it("proposes nothing for text about none of the claims", () => {
    expect(matchText(index, "The bakery on Linden Street sold out of rye bread by noon.")).toEqual([]);
  });

  it("cuts sentences into clauses at connectives", () => {
    const text = "The mayor of Osk opened the new library on Monday, adding that the old one would become a museum.";
    expect(passagesOf(text).map((p) => p.text)).toEqual([
      "The mayor of Osk opened the new library on Monday",
      "adding that the old one would become a museum.",
    ]);
  });
});

describe("contrast as negation", () => {
  const index = buildClaimIndex([
    { id: "calm", text: "The Velmoran raids were meant to avoid an escalation with Osk" },
  ]);

  it("reads 'rather than an escalation' as agreeing with a claim that the raids avoided one", () => {
    const m = matchText(index, "Analysts said the Velmoran raids on Osk were a warning rather than an escalation.");
    expect(m[0].claims[0]).toMatchObject({ id: "calm", stance: "supports" });
  });
});

describe("claims about who did it", () => {
  const index = buildClaimIndex([
    {
      id: "who",
      kind: "responsibility_attribution",
      text: "The Sable Front fired the rockets at the Osk depot in March",
    },
  ]);

  it("are context for a passage that reports the act without naming who", () => {
    const m = matchText(index, "Unknown gunmen fired rockets at the Osk depot in March, the mayor said.");
    expect(m[0].claims[0]).toMatchObject({ id: "who", stance: "context" });
  });

  it("are supported by a passage that names who, even in the clause before", () => {
    const m = matchText(
      index,
      "The Sable Front has grown bolder this year, and has fired rockets at the Osk depot in March.",
    );
    expect(m.at(-1)!.claims[0]).toMatchObject({ id: "who", stance: "supports" });
  });
});

describe("claims that someone said something", () => {
  const index = buildClaimIndex([
    { id: "warned", kind: "quote_attribution", text: "Velmoran officials warned that the Osk harbour would close" },
  ]);
  const scoreOf = (text: string) => matchText(index, text)[0]?.claims[0].score ?? 0;

  it("score higher for a passage reporting speech than for the same words as narration", () => {
    const narrated = scoreOf("Velmoran officials closed the Osk harbour.");
    const reported = scoreOf("Velmoran officials said they closed the Osk harbour.");
    expect(narrated).toBeGreaterThan(0);
    expect(reported).toBeGreaterThan(narrated);
  });
});

describe("warnings said by litotes", () => {
  const warnings = buildClaimIndex([
    { id: "warned", text: "Mayor Ilse Varga warned the Sable Front over further attacks on the Osk ferry" },
    { id: "bridge", text: "The Ostrava Bridge collapsed because of poor maintenance" },
  ]);

  it("support the warning: the negation is part of the threat, not a denial", () => {
    const [m] = matchText(warnings, "“We will not tolerate further attacks on the Osk ferry,” Mayor Ilse Varga said.");
    expect(m.claims[0]).toMatchObject({ id: "warned", stance: "supports" });
  });
});

describe("tuning", () => {
  const index = buildClaimIndex([
    { id: "depot", text: "The Sable Front shelled the Osk fuel depot in March" },
    { id: "ferry", text: "The Osk ferry was sunk by a drifting mine" },
  ]);
  const text = "Gunners shelled a depot near Osk on Tuesday.";

  it("a higher threshold drops a passage the default proposes", () => {
    expect(matchText(index, text).map((m) => m.claims[0].id)).toEqual(["depot"]);
    expect(matchText(index, text, { threshold: 0.9 })).toEqual([]);
  });

  it("a wide required margin drops a passage whose two best claims are close", () => {
    const close = "The Osk ferry and the Osk fuel depot were shut on Tuesday.";
    expect(matchText(index, close, { threshold: 0.05 }).length).toBe(1);
    expect(matchText(index, close, { threshold: 0.05, margin: 100, confident: Infinity })).toEqual([]);
  });
});
