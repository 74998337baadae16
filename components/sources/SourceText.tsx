"use client";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { readerHtml } from "@/lib/reader/html";
import type { Highlight } from "@/lib/reader/segments";
import { paragraphSpans } from "@/lib/sources/paragraphs";

/**
 * Beyond this many characters paragraphs skip layout while off screen (content-visibility); shorter
 * texts lay out at once so nothing shifts under the reader's pointer.
 */
const LONG_TEXT = 100_000;

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
  // Escaped and built in lib/reader/html.ts; see there for why this is one string.
  const html = useMemo(
    () => (inBrowser ? readerHtml(text, spans, highlights, pageStarts) : ""),
    [inBrowser, text, spans, highlights, pageStarts],
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (html) ref.current?.dispatchEvent(new Event(TEXT_READY_EVENT, { bubbles: true }));
  }, [html]);

  if (!inBrowser)
    return (
      <div className="reader" aria-busy="true">
        <p className="muted">Loading the text…</p>
      </div>
    );
  return (
    <div
      ref={ref}
      className={text.length > LONG_TEXT ? "reader reader-long" : "reader"}
      data-testid="source-text"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
