import { describe, expect, it } from "vitest";
import { handleOf, mentionQueryAt, parseMentions } from "./mentions";

describe("parseMentions", () => {
  it("finds handles at the start, mid-sentence and before punctuation, once each, lower-cased", () => {
    expect(parseMentions("@Ada please check, and @bo.lund. Thanks @ada!")).toEqual(["ada", "bo.lund"]);
  });
  it("ignores e-mail addresses and URLs", () => {
    expect(parseMentions("write to ada@newsroom.example or see https://velmora.example/@ada")).toEqual([]);
  });
  it("accepts handles in brackets and after newlines", () => {
    expect(parseMentions("(cc @pia)\n@tor-2 ok")).toEqual(["pia", "tor-2"]);
  });
  it("does not treat a lone @ or trailing dots as a handle", () => {
    expect(parseMentions("meet @ noon with @kai...")).toEqual(["kai"]);
  });
});

describe("handleOf and mentionQueryAt", () => {
  it("uses the local part of the address", () => {
    expect(handleOf("Reviewer2@Demo.claimdesk.test")).toBe("reviewer2");
  });
  it("reports the handle being typed at the caret", () => {
    expect(mentionQueryAt("thanks @rev", 11)).toEqual({ start: 7, query: "rev" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("ada@news", 8)).toBeNull();
    expect(mentionQueryAt("done @ada ", 10)).toBeNull();
  });
});
