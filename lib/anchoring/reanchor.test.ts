import { describe, expect, it } from "vitest";
import {
  AnchorError,
  MIN_CONTEXT_SIMILARITY,
  MIN_MARGIN,
  MIN_QUOTE_SIMILARITY,
  reanchor,
  selectorsFor,
  type QuoteSelector,
  type ReanchorResult,
} from "./index";
import { ARTICLE, QUOTE, QUOTE_SENTENCE, filler, hasLoneSurrogate, rng } from "@/lib/testing/anchoring-fixtures";

function anchorIn(text: string, exact: string, occurrence = 0): QuoteSelector {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture: ${exact} not in text`);
  return selectorsFor(text, start, start + exact.length);
}

function expectReanchoredTo(r: ReanchorResult, text: string, start: number, end: number) {
  expect(r.status).toBe("reanchored");
  expect(r.selector).toEqual(selectorsFor(text, start, end));
}

function expectNeedsReview(r: ReanchorResult) {
  expect(r.status).toBe("needs_review");
  expect(r.selector).toBeNull();
  expect(r.method).toBe("none");
  expect(r.reason.length).toBeGreaterThan(0);
}

const OLD = anchorIn(ARTICLE, QUOTE);

describe("reanchor: thresholds", () => {
  it("exports the documented defaults", () => {
    expect([MIN_QUOTE_SIMILARITY, MIN_MARGIN, MIN_CONTEXT_SIMILARITY]).toEqual([0.75, 0.1, 0.3]);
  });
});

describe("reanchor: position and exact steps", () => {
  it("unchanged text -> anchored at the stored position", () => {
    const r = reanchor(OLD, ARTICLE);
    expect(r).toMatchObject({ status: "anchored", method: "position", score: 1 });
    expect(r.selector).toEqual(OLD);
  });

  it("text inserted far before the quote -> reanchored at the shifted position, same exact", () => {
    const insert = "Correction (3 March): an earlier version misspelled the harbourmaster's name. ";
    const text = insert + ARTICLE;
    const r = reanchor(OLD, text);
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, text, OLD.start + insert.length, OLD.end + insert.length);
    expect(r.selector!.exact).toBe(QUOTE);
    expect(r.selector!.prefix).toBe(OLD.prefix); // the context itself is unchanged
  });

  it("text inserted right before the quote (inside the prefix) -> reanchored, context updated", () => {
    const text = ARTICLE.replace("port authority, at least", "port authority, which met on Monday, at least");
    const r = reanchor(OLD, text);
    const shift = "which met on Monday, ".length;
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, text, OLD.start + shift, OLD.end + shift);
    expect(r.selector!.prefix).not.toBe(OLD.prefix);
    expect(r.selector!.suffix).toBe(OLD.suffix);
  });

  it("same position but changed context -> reanchored (selector must be rewritten), not anchored", () => {
    const text = ARTICLE.replace("The authority added", "The ministry added");
    const r = reanchor(OLD, text);
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, text, OLD.start, OLD.end);
    expect(r.selector!.suffix).not.toBe(OLD.suffix);
  });

  it("duplicated exact quote disambiguated by prefix/suffix context", () => {
    const phrase = "the bridge would reopen in May";
    const old =
      "Governor Marisol Dravik said the bridge would reopen in May, citing the engineers' report. " +
      "Residents of Karsk were sceptical. " +
      "Engineer Piet Halloran said the bridge would reopen in May only if the rain stopped.";
    const sel = anchorIn(old, phrase, 1); // Halloran's
    const insert = "Updated with comment from the governor's office. ";
    const text = insert + old;
    const r = reanchor(sel, text);
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, text, sel.start + insert.length, sel.end + insert.length);
    expect(r.score! - r.runnerUpScore!).toBeGreaterThanOrEqual(MIN_MARGIN);
    // And the other occurrence, anchored from its own selector, goes to the other place.
    const first = anchorIn(old, phrase, 0);
    expectReanchoredTo(reanchor(first, text), text, first.start + insert.length, first.end + insert.length);
  });

  it("duplicated exact quote with identical context -> needs_review, both offered to the reviewer", () => {
    const block =
      "Editor's note from the Quillan Gazette desk: the Velmora ferry timetable remains subject to change, " +
      "the port authority said in a statement on Monday evening. ";
    const phrase = "the Velmora ferry timetable remains subject to change";
    const old = "Morning edition. " + block + "Weather: rain over Tessaly. " + block + "End.";
    const sel = anchorIn(old, phrase, 0);
    const twin = anchorIn(old, phrase, 1);
    expect([sel.prefix, sel.suffix]).toEqual([twin.prefix, twin.suffix]); // precondition: identical context
    // Unchanged text is still simply anchored (the position check needs no guessing).
    expect(reanchor(sel, old).status).toBe("anchored");
    // Once the text moves, the two places cannot be told apart.
    const text = "Late edition, revised. " + old;
    const r = reanchor(sel, text);
    expectNeedsReview(r);
    expect(r.reason).toMatch(/ambiguous/);
    expect(r.score).toBe(r.runnerUpScore);
    expect(r.candidates!.map((c) => c.selector.start).sort((a, b) => a - b)).toEqual([sel.start + 23, twin.start + 23]);
  });

  it("a single exact occurrence in an unrelated context is not taken (the Hypothesis failure)", () => {
    // The original sentence is gone; the same words survive only in a different paragraph.
    const text =
      "Fishermen in Dunmere insisted that at least four vessels were damaged in the storm! " +
      ARTICLE.replace(QUOTE_SENTENCE, "");
    const r = reanchor(OLD, text);
    expectNeedsReview(r);
    expect(r.reason).toMatch(/unrelated context/);
    expect(r.candidates![0].selector.exact).toBe(QUOTE); // offered, not applied
    // With the context check switched off, the same input would be silently moved.
    expect(reanchor(OLD, text, { minContextSimilarity: 0 }).status).toBe("reanchored");
  });

  it("throws AnchorError for a stored selector with an empty quote", () => {
    expect(() => reanchor({ ...OLD, exact: " " }, ARTICLE)).toThrow(AnchorError);
  });
});

describe("reanchor: fuzzy step", () => {
  it("a word of the quote changed -> reanchored via fuzzy with the new exact text", () => {
    const text = ARTICLE.replace("at least four vessels", "at least five vessels");
    const r = reanchor(OLD, text);
    expect(r.method).toBe("fuzzy");
    expectReanchoredTo(r, text, OLD.start, OLD.end);
    expect(r.selector!.exact).toBe("at least five vessels were damaged in the storm");
    expect(r.score!).toBeGreaterThan(0.9);
  });

  it("a typo fixed and text inserted before -> reanchored via fuzzy at the shifted position", () => {
    const insert = "Ferry strike enters second week. ";
    const text = insert + ARTICLE.replace("vessels were", "vesels were");
    const r = reanchor(OLD, text);
    expect(r.method).toBe("fuzzy");
    expectReanchoredTo(r, text, OLD.start + insert.length, OLD.end + insert.length - 1);
    expect(r.selector!.exact).toBe("at least four vesels were damaged in the storm");
  });

  it("an edited last word: the span ends where the old suffix begins", () => {
    const text = ARTICLE.replace("in the storm.", "in the gale.");
    const r = reanchor(OLD, text);
    expect(r.method).toBe("fuzzy");
    expect(r.selector!.exact).toBe("at least four vessels were damaged in the gale");
    expect(r.selector!.suffix.startsWith(". The authority")).toBe(true);
  });

  it("the quote removed -> needs_review", () => {
    const r = reanchor(OLD, ARTICLE.replace(QUOTE_SENTENCE, ""));
    expectNeedsReview(r);
    expect(r.candidates).toBeUndefined();
  });

  it("quote rewritten beyond the similarity threshold -> needs_review", () => {
    const text = ARTICLE.replace(QUOTE, "several boats were harmed by the gale");
    expectNeedsReview(reanchor(OLD, text));
  });

  it("original removed, two look-alike passages elsewhere equally close -> needs_review, never moved", () => {
    const text =
      "Fishermen in Dunmere said at least four vessels were damaged in the flood. " +
      ARTICLE.replace(QUOTE_SENTENCE, "") +
      " Residents of Karsk said at least four vessels were damaged in the blaze.";
    const r = reanchor(OLD, text);
    expectNeedsReview(r);
    const starts = r.candidates!.map((c) => c.selector.start);
    expect(starts).toContain(text.indexOf("at least four vessels were damaged in the flood"));
    expect(starts).toContain(text.indexOf("at least four vessels were damaged in the blaze"));
  });

  it("two edited copies of the passage in place, equally close -> needs_review (ambiguous)", () => {
    const prefix = "Dispatch from Karsk: ";
    const quote = "the convoy reached the northern checkpoint at dawn";
    const tail = ", the spokesman said. ";
    const intro = "Governor Marisol Dravik called for calm in the province. ";
    const outro = "No casualties were reported by the agency.";
    const old = intro + prefix + quote + tail + outro;
    const sel = anchorIn(old, quote);
    const text =
      intro +
      prefix +
      "the convoy reached the northern checkpoint at dusk" +
      tail +
      prefix +
      "the convoy reached the southern checkpoint at dawn" +
      tail +
      outro;
    const r = reanchor(sel, text);
    expectNeedsReview(r);
    expect(r.reason).toMatch(/ambiguous/);
    expect(r.score! - r.runnerUpScore!).toBeLessThan(MIN_MARGIN);
    expect(r.candidates!.map((c) => c.selector.exact).sort()).toEqual([
      "the convoy reached the northern checkpoint at dusk",
      "the convoy reached the southern checkpoint at dawn",
    ]);
  });

  it("an in-place edit beats a look-alike elsewhere thanks to its context", () => {
    const text =
      "Fishermen in Dunmere said at least four vessels were damaged in the flood. " +
      ARTICLE.replace("in the storm", "in the gale");
    const r = reanchor(OLD, text);
    expect(r.method).toBe("fuzzy");
    expect(r.selector!.exact).toBe("at least four vessels were damaged in the gale");
    expect(r.selector!.prefix).toBe(OLD.prefix);
    expect(r.score! - r.runnerUpScore!).toBeGreaterThanOrEqual(MIN_MARGIN);
  });

  it("honours stricter options", () => {
    const text = ARTICLE.replace("at least four vessels", "at least five vessels");
    expect(reanchor(OLD, text).status).toBe("reanchored");
    expect(reanchor(OLD, text, { minQuoteSimilarity: 0.99 }).status).toBe("needs_review");
    expect(reanchor(OLD, text, { minFuzzyQuoteLength: 1000 }).status).toBe("needs_review");
  });

  it("finds an edited quote in a large text", () => {
    const head = filler(600_000, 1);
    const tail = filler(600_000, 2);
    const old = head + ARTICLE + tail;
    const sel = anchorIn(old, QUOTE);
    const text = filler(1000, 3) + head + ARTICLE.replace("four vessels", "4 vessels") + tail;
    const r = reanchor(sel, text);
    expect(r.method).toBe("fuzzy");
    expectReanchoredTo(r, text, sel.start + 1000, sel.end + 1000 - 3);
  });
});

describe("reanchor: UTF-16", () => {
  const text =
    "🛳️ Capitaine Rene\u0301e Ça\u0300val (👩🏽‍✈️) of the 𝔙𝔢𝔩𝔪𝔬𝔯𝔞 line: the northern ferry will sail again on Friday 🎉, " +
    "she told reporters in Ostrava.";
  const quote = "the northern ferry will sail again on Friday 🎉";
  const sel = anchorIn(text, quote);

  it("reanchors after emoji and combining accents inserted before the quote", () => {
    const insert = "🇰🇿🧭 Zoe\u0308 & Jose\u0301: ";
    const newText = insert + text;
    // flag = 2 regional indicators (4 units), compass 2, " " 1, Zoe+U+0308 4, " & " 3, Jose+U+0301 5, ": " 2
    expect(insert.length).toBe(21);
    expect([...insert]).toHaveLength(18); // code points: positions must not be counted this way
    const r = reanchor(sel, newText);
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, newText, sel.start + 21, sel.end + 21);
    expect(newText.slice(r.selector!.start, r.selector!.end)).toBe(quote);
  });

  it("a changed emoji inside the quote -> fuzzy, never a half emoji", () => {
    const newText = text.replace("Friday 🎉", "Friday 🎊");
    const r = reanchor(sel, newText);
    expect(r.method).toBe("fuzzy");
    expect(r.selector!.exact).toBe("the northern ferry will sail again on Friday 🎊");
    expect(hasLoneSurrogate(r.selector!.exact + r.selector!.prefix + r.selector!.suffix)).toBe(false);
  });

  it("a quote that begins and ends with astral characters shifts by code units", () => {
    const a = "Motto of the 𝔙𝔢𝔩𝔪𝔬𝔯𝔞 rowing club: 🚣 row together, land together 🏁 (est. 1911).";
    const s1 = anchorIn(a, "🚣 row together, land together 🏁");
    const shifted = "🌊" + a;
    const r = reanchor(s1, shifted);
    expect(r.method).toBe("exact");
    expectReanchoredTo(r, shifted, s1.start + 2, s1.end + 2);
    expect(hasLoneSurrogate(r.selector!.prefix)).toBe(false);
  });
});

describe("reanchor: invariants under random edits", () => {
  it("never throws, and every returned selector is a valid, well-formed span of the new text", () => {
    const rand = rng(2024);
    const pieces = ["Velmora", " ", "ferry", "🚢", "e\u0301", ", ", "Karsk", "said", "🇰🇿", ". ", "the", "four"];
    const randomText = (n: number) =>
      Array.from({ length: n }, () => pieces[Math.floor(rand() * pieces.length)]).join("");
    const statuses = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const text = randomText(40 + Math.floor(rand() * 60));
      const cps = [...text];
      const a = Math.floor(rand() * (cps.length - 3));
      const b = a + 1 + Math.floor(rand() * Math.min(25, cps.length - a - 1));
      const start = cps.slice(0, a).join("").length;
      const end = cps.slice(0, b).join("").length;
      if (text.slice(start, end).trim() === "") continue;
      const old = selectorsFor(text, start, end);
      // Random edit: insert, delete or replace a few pieces somewhere.
      const at = Math.floor(rand() * cps.length);
      const cut = Math.floor(rand() * 4);
      const edited = cps.slice(0, at).join("") + randomText(Math.floor(rand() * 3)) + cps.slice(at + cut).join("");
      const r = reanchor(old, edited);
      statuses.add(r.status);
      if (r.selector) {
        expect(r.selector).toEqual(selectorsFor(edited, r.selector.start, r.selector.end));
        expect(hasLoneSurrogate(r.selector.exact + r.selector.prefix + r.selector.suffix)).toBe(false);
      } else {
        expect(r.status).toBe("needs_review");
      }
    }
    expect([...statuses].sort()).toEqual(["anchored", "needs_review", "reanchored"]);
  });
});
