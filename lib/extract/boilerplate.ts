// Page furniture that is not the article: link lists ("Related:", "Most read"), photo captions and
// credits, share and newsletter prompts, bylines. Their quotations and cues are never proposed.
import type { Span } from "./types";

const LABEL =
  /^(?:related|read more|read also|also read|see also|more|watch|listen|photo|photograph|image|picture|video|caption|credit|credits|source|graphic|tags|topics|filed under|read next|recommended)\s*:/i;
const PROMPT =
  /^(?:advertisement|sponsored|share (?:this|on|via)|follow us|sign up|subscribe (?:to|now|for)|copyright|©|all rights reserved|click here|download (?:our|the) app)/i;
const LIST_HEADING =
  /^(?:most read|most popular|most viewed|trending|recommended|top stories|more stories|more from|related (?:stories|articles|coverage|content)|read next|you may also like|editor['’]s picks|latest news|in other news)\b/i;
const BYLINE =
  /^by\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the|then|now)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|al|bin))*(?:\s*[,|/–—-]\s*[^.!?]*)?$/u;

/** Indexes of paragraphs that are page furniture. */
export function boilerplateParagraphs(text: string, paragraphs: Span[]): Set<number> {
  const out = new Set<number>();
  let inList = false;
  paragraphs.forEach((p, k) => {
    const line = text.slice(p.start, p.end);
    // A list under "Most read" runs until the next blank line.
    if (inList && k > 0 && /\n[ \t]*\n/.test(text.slice(paragraphs[k - 1].end, p.start))) inList = false;
    if (line.length < 60 && LIST_HEADING.test(line)) inList = true;
    const short = line.length < 120;
    if (
      inList ||
      LABEL.test(line) ||
      (short && PROMPT.test(line)) ||
      (short && BYLINE.test(line) && !/\b(?:said|says|told)\b/.test(line))
    )
      out.add(k);
  });
  return out;
}
