import { describe, expect, it } from "vitest";
import { MARK_END as E, MARK_START as S } from "./highlight";
import { parseSearchQuery, toFts5Query, withSpellingVariants } from "./query";
import { snippetQuery, wholeWordsQuery } from "./sqlite";

describe("the query SQLite snippets are marked with", () => {
  it("cuts a long prefix to the indexed 3 characters and leaves every other term alone", () => {
    const { query } = snippetQuery(withSpellingVariants(parseSearchQuery('Kataib "harbour board" rocket attacks')));
    expect(toFts5Query(query)).toBe(
      '("Kataib" OR "Kat aib" OR "Kata ib") AND "harbour board" AND ("rocket" OR "rock et") AND "att"*',
    );
    expect(snippetQuery(parseSearchQuery("ferry da")).query).toEqual(parseSearchQuery("ferry da"));
  });

  it("unmarks words that only the cut prefix matched, and keeps real matches and phrases", () => {
    const { unmark } = snippetQuery(withSpellingVariants(parseSearchQuery("attend rocket attacks")));
    expect(unmark(`${S}Attacks${E} on the ${S}attic${E}, ${S}attackers${E} ${S}attend${E}`)).toBe(
      `${S}Attacks${E} on the attic, attackers ${S}attend${E}`, // "attackers" does not start with "attacks"
    );
    expect(unmark(`${S}att words${E}`)).toBe(`${S}att words${E}`);
  });
});

describe("the whole-word probe of a word being typed", () => {
  it("matches a prefix longer than the prefix index as a whole word, variants included", () => {
    const whole = wholeWordsQuery(withSpellingVariants(parseSearchQuery("rocket Doğan")));
    expect(toFts5Query(whole!)).toBe('("rocket" OR "rock et") AND ("Doğan" OR "Dogan")');
  });

  it("is not needed when no prefix is longer than the prefix index", () => {
    expect(wholeWordsQuery(parseSearchQuery("rocket att"))).toBeNull();
    expect(wholeWordsQuery(parseSearchQuery("rocket attacks "))).toBeNull();
  });
});
