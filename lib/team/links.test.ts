import { describe, expect, it } from "vitest";
import { linkify, safeHref } from "./links";

describe("linkify", () => {
  it("links http and https URLs and keeps sentence punctuation outside", () => {
    expect(linkify("See https://velmora.example/a?b=1. Then http://x.test")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://velmora.example/a?b=1", href: "https://velmora.example/a?b=1" },
      { kind: "text", text: ". Then " },
      { kind: "link", text: "http://x.test", href: "http://x.test" },
    ]);
  });
  it("never links javascript:, data: or markup", () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> <a href="ftp://x.test">';
    expect(linkify(text).filter((s) => s.kind === "link")).toEqual([]);
  });
  it("keeps a balanced closing parenthesis", () => {
    expect(linkify("(https://wiki.example/Foo_(bar))")[1]).toMatchObject({ href: "https://wiki.example/Foo_(bar)" });
  });
  it("accepts only absolute http(s) URLs", () => {
    expect(safeHref("https://x.test/")).toBe(true);
    expect(safeHref("javascript:alert(1)")).toBe(false);
    expect(safeHref("/relative")).toBe(false);
  });
});
