import { describe, expect, it } from "vitest";
import { MARK_END as E, MARK_START as S } from "./highlight";
import { parseSearchQuery, toFts5Query, withSpellingVariants } from "./query";
import { expandTypedWords, snippetQuery, wholeWordsQuery } from "./sqlite";

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

describe("expanding a word being typed into the index's words", () => {
  const lists =
    (terms: Record<string, string[]>) =>
    async <T>() =>
      Object.entries(terms).flatMap(([type, list]) => list.map((term) => ({ word: "attack", type, term }))) as T[];

  it("asks for the typed word and every longer word of the searched types as whole words", async () => {
    const parsed = parseSearchQuery("rocket Attack");
    const expanded = await expandTypedWords(
      lists({ claim: ["attacks"], evidence: ["attacker", "attacks"] }),
      parsed,
      ["claim", "evidence"],
      32,
    );
    expect(toFts5Query(expanded!)).toBe('"rocket" AND ("Attack" OR "attacks" OR "attacker")');
  });

  it("leaves the prefix alone when a type has too many longer words, or the word is not plain ASCII", async () => {
    const parsed = parseSearchQuery("rocket attack");
    expect(await expandTypedWords(lists({ claim: ["attacks", "attacker"] }), parsed, ["claim"], 1)).toBeNull();
    expect(await expandTypedWords(lists({}), parseSearchQuery("rocket Doğan"), ["claim"], 32)).toBeNull();
    expect(await expandTypedWords(lists({}), parseSearchQuery("rocket att"), ["claim"], 32)).toBeNull();
  });
});
