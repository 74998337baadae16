import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { slugify } from "@/lib/claims/slug";
import { actorCreateInput } from "./actors";
import { claimCreateInput, claimUpdateInput } from "./claims";
import { evidenceCreateInput } from "./evidence";
import { parseInput } from "./parse";
import { sourceCreateInput } from "./sources";
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
        stance: ["Stance must be supports, contradicts or context."],
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
