import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { slugify } from "@/lib/claims/slug";
import { actorCreateInput } from "./actors";
import { claimCreateInput, claimUpdateInput } from "./claims";
import { evidenceCreateInput } from "./evidence";
import { parseInput } from "./parse";
import { relationCreateInput } from "./relations";
import { reviewInput, transitionInput } from "./reviews";
import { sourceCreateInput } from "./sources";
import { statementCreateInput } from "./statements";
import { publishInput } from "./cards";
import { userCreateInput } from "./users";

const fieldsOf = (schema: Parameters<typeof parseInput>[0], raw: unknown) => {
  try {
    parseInput(schema, raw);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fields!;
  }
};

describe("input schemas", () => {
  it("treat blank optional form fields as absent and parse dates", () => {
    const v = parseInput(sourceCreateInput, {
      title: " Title ",
      text: "Body",
      publisher: "",
      url: "",
      publishedAt: "2026-01-31",
    });
    expect(v).toMatchObject({ title: "Title", kind: "article", publisher: undefined, url: undefined });
    expect(v.publishedAt?.toISOString()).toBe("2026-01-31T00:00:00.000Z");
  });

  it("name every bad field", () => {
    expect(
      Object.keys(
        fieldsOf(sourceCreateInput, {
          title: "x".repeat(301),
          text: 5,
          url: "javascript:alert(1)",
          publishedAt: "31/01/2026",
        })!,
      ).sort(),
    ).toEqual(["publishedAt", "text", "title", "url"]);
    expect(fieldsOf(evidenceCreateInput, { sourceId: "s", quote: { exact: "q", start: 5 }, stance: "agrees" })).toEqual(
      {
        "quote.end": ["Give both start and end, or neither."],
        stance: ["Choose a stance: Supports, Contradicts or Context."],
      },
    );
    expect(fieldsOf(claimUpdateInput, { text: "New text" })).toHaveProperty("version");
    expect(
      fieldsOf(userCreateInput, { email: "ADA@Example.org ", role: "admin", password: "longpassword" }),
    ).toBeNull();
    expect(
      parseInput(userCreateInput, { email: "ADA@Example.org ", role: "admin", password: "longpassword" }).email,
    ).toBe("ada@example.org");
  });

  it("split comma-separated lists from forms and drop duplicates", () => {
    expect(
      parseInput(actorCreateInput, { name: "Brask Council", kind: "government", aliases: "council, Brask, council," })
        .aliases,
    ).toEqual(["council", "Brask"]);
    expect(parseInput(claimCreateInput, { text: "A claim to check", kind: "factual" }).subjectIds).toEqual([]);
  });

  it("reject text that is really binary", () => {
    expect(fieldsOf(sourceCreateInput, { title: "t", text: "PNG\u0000\u0001" })?.text?.[0]).toMatch(/binary/);
  });
});

describe("messages people read", () => {
  // Codes a person never typed: an enum value in a message is a leak of the storage format.
  const CODE = /\b[a-z]+_[a-z_]+\b|must be one of|Invalid (enum|option|input)|expected /;

  it("name each choice by its label, never its code", () => {
    const cases: [Parameters<typeof parseInput>[0], unknown, string, string][] = [
      [reviewInput, { rationale: "Fine." }, "truthVerdict", "Choose a truth verdict."],
      [
        reviewInput,
        { rationale: "Fine.", truthVerdict: "true" },
        "attributionVerdict",
        "Choose an attribution verdict.",
      ],
      [reviewInput, { confidence: "very" }, "confidence", "Choose a confidence: Low, Medium or High."],
      [publishInput, { headline: "H", version: 1 }, "truthVerdict", "Choose a truth verdict."],
      [
        claimCreateInput,
        { text: "A claim text", kind: "opinion" },
        "kind",
        "Choose a kind of claim: Factual, Responsibility attribution or Quote attribution.",
      ],
      [
        statementCreateInput,
        { sourceId: "s", quote: { exact: "q" }, kind: "quoted" },
        "kind",
        "Choose a kind of statement: Direct quote or Indirect (reported speech).",
      ],
      [
        actorCreateInput,
        { name: "N", kind: "militia" },
        "kind",
        "Choose a kind of actor: Person, Organization, Government, Armed group, Outlet or Anonymous source.",
      ],
      [
        sourceCreateInput,
        { title: "T", text: "x", kind: "blog" },
        "kind",
        "Choose a kind of source: Article, Statement, Transcript or Other.",
      ],
      [
        relationCreateInput,
        { toClaimId: "c", kind: "agrees" },
        "kind",
        "Choose how this claim relates to the other: Contradicts, Duplicates or Refines.",
      ],
      [
        transitionInput,
        { to: "done", version: 1 },
        "to",
        "Choose the status to move the claim to: Draft, In review, Verdict proposed, Published, Corrected or Archived.",
      ],
    ];
    for (const [schema, raw, field, message] of cases) {
      const fields = fieldsOf(schema, raw)!;
      expect(fields[field]).toEqual([message]);
      for (const m of Object.values(fields).flat()) expect(m).not.toMatch(CODE);
    }
  });
});

describe("slugify", () => {
  it("makes short ASCII slugs cut at a word boundary", () => {
    expect(slugify("Ostrava's Mayor Said: “No!”")).toBe("ostrava-s-mayor-said-no");
    expect(slugify("Čakovec ferry")).toBe("cakovec-ferry");
    expect(slugify("!!!")).toBe("claim");
    const long = slugify("The harbour authority of Velmora said on Monday that the ferry service would resume");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
    expect("the-harbour-authority-of-velmora-said-on-monday-that-the-ferry".startsWith(long)).toBe(true);
  });
});
