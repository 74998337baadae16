"use client";
import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { readerHtmlParts } from "@/lib/reader/html";
import type { Highlight } from "@/lib/reader/segments";
import { paragraphSpans } from "@/lib/sources/paragraphs";

/**
 * Beyond this many characters paragraphs skip layout while off screen (content-visibility); shorter
 * texts lay out at once so nothing shifts under the reader's pointer.
 */
const LONG_TEXT = 100_000;

/**
 * A long text is put in the page a part at a time: the first part (about this many characters, whole
 * paragraphs) at once, then PARTS_PER_TASK parts per task, so the first screen shows and the reader
 * answers the keyboard while the rest is still being added (ADR 0029).
 */
const PART_CHARS = 16_000;
const PARTS_PER_TASK = 8;

/** Fired on the text's element once its paragraphs are in the DOM (the reader then focuses #h-… targets). */
export const TEXT_READY_EVENT = "claimdesk:text-ready";

const noSubscription = () => () => {};

/**
 * The snapshot in paragraphs. Each <p> carries its offsets and the blank lines between paragraphs
 * stay in the DOM as (invisible) text, so a selection maps back to exact offsets of the revision.
 * Paragraphs without highlights are one text node each; only highlighted ones are split.
 *
 * Built in the browser, never in the server's HTML: the text reaches the page once, as a prop in the
 * RSC payload, instead of twice (as HTML and again in the payload that hydrates it); for a 2 MB source
 * that halves the bytes and the parsing (ADR 0025).
 */
export function SourceText({
  text,
  highlights = [],
  pageStarts,
}: {
  text: string;
  highlights?: Highlight[];
  /** Where each PDF page starts; its first paragraph is labelled with the page number. */
  pageStarts?: number[];
}) {
  // false while the server renders and while the page hydrates, true afterwards.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const spans = useMemo(() => (inBrowser ? paragraphSpans(text) : []), [inBrowser, text]);
  // Escaped and built in lib/reader/html.ts; see there for why this is HTML strings.
  const parts = useMemo(
    () => (inBrowser ? readerHtmlParts(text, spans, highlights, pageStarts, PART_CHARS) : []),
    [inBrowser, text, spans, highlights, pageStarts],
  );
  const ref = useRef<HTMLDivElement>(null);
  // The element's content is ours, not React's: React renders it empty and never touches its children.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !parts.length) return;
    element.innerHTML = parts[0];
    let next = 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const addMore = () => {
      if (next >= parts.length) {
        element.dispatchEvent(new Event(TEXT_READY_EVENT, { bubbles: true }));
        return;
      }
      element.insertAdjacentHTML("beforeend", parts.slice(next, next + PARTS_PER_TASK).join(""));
      next += PARTS_PER_TASK;
      timer = setTimeout(addMore, 0);
    };
    timer = setTimeout(addMore, 0);
    return () => clearTimeout(timer);
  }, [parts]);

  if (!inBrowser)
    return (
      <div className="reader" aria-busy="true">
        <p className="muted">Loading the text…</p>
      </div>
    );
  return (
    <div ref={ref} className={text.length > LONG_TEXT ? "reader reader-long" : "reader"} data-testid="source-text" />
  );
}
