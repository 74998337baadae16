// Hedges: words by which the writer (or speaker) signals that a statement is unverified or
// uncertain. They are reported as found, so a reviewer sees the exact wording.

// Alternatives all start at a word boundary; it is factored out of the alternation because that
// makes the scan over every article about twice as fast.
const HEDGE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:reportedly|allegedly|purportedly|apparently|possibly|presumably|ostensibly|supposedly)\b`,
      String.raw`(?:could|can|cannot|can[’']t|could[’']t)\s+not\s+(?:be\s+)?(?:independently\s+|immediately\s+)*(?:confirmed|verified|corroborated)\b`,
      String.raw`(?:could|can)[’']t\s+(?:be\s+)?(?:independently\s+|immediately\s+)*(?:confirmed|verified|corroborated)\b`,
      String.raw`cannot\s+(?:be\s+)?(?:independently\s+|immediately\s+)*(?:confirmed|verified|corroborated)\b`,
      String.raw`(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)\b`,
      String.raw`(?:unconfirmed|unverified)\b`,
      // "it is not clear" and "it is unclear" hedge; "it is clear" asserts certainty and does not.
      String.raw`(?:it\s+is|it[’']s|it\s+was|it\s+remains)\s+(?:still\s+|also\s+)*not\s+(?:yet\s+)?(?:entirely\s+|immediately\s+|yet\s+)?clear\b`,
      String.raw`(?:it\s+isn[’']t|it\s+wasn[’']t)\s+(?:yet\s+)?(?:entirely\s+|immediately\s+)?clear\b`,
      String.raw`(?:it\s+is|it[’']s|it\s+was|it\s+remains)\s+(?:still\s+|also\s+)*(?:entirely\s+|immediately\s+|yet\s+)?unclear\b`,
      // Vague attributions ("experts say", "some believe") and concessions ("even if", "at least tacitly").
      String.raw`(?:some\s+|many\s+|other\s+|most\s+)?(?:experts|analysts|observers|critics|commentators|scientists|economists|sources|people|insiders|diplomats)\s+(?:say|believe|think|suggest|argue|claim|contend|fear)\b`,
      String.raw`(?:some|many|others)\s+(?:say|believe|think|argue|claim|suggest|fear)\b`,
      String.raw`it\s+is\s+(?:said|believed|thought|claimed|rumou?red|understood)\s+that\b`,
      String.raw`even\s+if\b`,
      String.raw`at\s+least\s+(?:tacitly|implicitly|partly|partially|in\s+part|indirectly|nominally|on\s+paper|for\s+now|for\s+the\s+moment)\b`,
      String.raw`to\s+some\s+(?:extent|degree)\b`,
      String.raw`(?:probably|perhaps|arguably|seemingly)\b`,
      String.raw`unclear\b`,
      String.raw`(?:suspected|alleged|presumed|purported)\b`,
      String.raw`(?:is|are|was|were)\s+(?:believed|thought|said|understood)\s+to\b`,
      String.raw`(?:appears?|appeared|seems?|seemed)\s+to\b`,
      String.raw`according\s+to\s+(?:some|unconfirmed|initial|early)\s+(?:estimates|reports|accounts)\b`,
    ].join("|") +
    ")",
  "gi",
);

function add(out: string[], raw: string) {
  const phrase = raw.replace(/\s+/g, " ");
  // Each phrase once per sentence, as written.
  if (!out.some((h) => h.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
}

/** Hedge phrases in text[start, end), in order, each once, as written. */
export function findHedges(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  for (const m of text.slice(start, end).matchAll(HEDGE_RE)) add(out, m[0]);
  return out;
}

/** Hedges of every span (sorted, non-overlapping), in one pass over the text. */
export function hedgesBySpan(text: string, spans: Array<{ start: number; end: number }>): string[][] {
  const out: string[][] = spans.map(() => []);
  let k = 0;
  for (const m of text.matchAll(HEDGE_RE)) {
    while (k < spans.length && spans[k].end <= m.index) k++;
    if (k < spans.length && spans[k].start <= m.index) add(out[k], m[0]);
  }
  return out;
}
