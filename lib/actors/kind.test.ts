import { describe, expect, it } from "vitest";
import { inferActorKind } from "./kind";

describe("inferActorKind", () => {
  it("recognises states, ministries, armed groups, outlets and organisations by name", () => {
    expect(inferActorKind("Iran")).toBe("government");
    expect(inferActorKind("Iran's foreign ministry")).toBe("government");
    expect(inferActorKind("the Foreign Ministry")).toBe("government");
    expect(inferActorKind("PMF")).toBe("armed_group");
    expect(inferActorKind("Popular Mobilization Forces")).toBe("armed_group");
    expect(inferActorKind("Kessel Brigade")).toBe("armed_group");
    expect(inferActorKind("Velmora Post")).toBe("outlet");
    expect(inferActorKind("Radio Orlen")).toBe("outlet");
    expect(inferActorKind("Velmora Harbour Authority")).toBe("organization");
  });

  it("makes role descriptions anonymous and keeps names people", () => {
    expect(inferActorKind("a senior defense official")).toBe("anonymous");
    expect(inferActorKind("two people familiar with the talks")).toBe("anonymous");
    expect(inferActorKind("Pia Lund")).toBe("person");
    // "Uki" contains "uk" but is not the United Kingdom.
    expect(inferActorKind("Uki Brandt")).toBe("person");
  });

  it("prefers the extractor's judgement and its anonymity flag, and treats unknown intermediaries as outlets", () => {
    expect(inferActorKind("Pia Lund", { extractorKind: "organization" })).toBe("organization");
    expect(inferActorKind("Pia Lund", { extractorKind: "planet" })).toBe("person");
    expect(inferActorKind("Velmora Post", { anonymous: true })).toBe("anonymous");
    expect(inferActorKind("Lars Brink", { role: "via" })).toBe("outlet");
  });
});
