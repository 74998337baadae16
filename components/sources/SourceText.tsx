"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { readerHtmlParts } from "@/lib/reader/html";
import { loadRevisionText } from "@/lib/reader/revision-text";
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

type Loaded = { revisionId: string; text: string } | { revisionId: string; failed: true };

/**
 * The revision's text in paragraphs. Each <p> carries its offsets and the blank lines between paragraphs
 * stay in the DOM as (invisible) text, so a selection maps back to exact offsets of the revision.
 * Paragraphs without highlights are one text node each; only highlighted ones are split.
 *
 * The text is not in the page: the browser fetches it by revision id (preloaded by the page, cached for
 * good since a revision never changes) and builds the paragraphs here, so it is sent once and parsed
 * once, never as HTML plus a copy in the RSC payload that hydrates it (ADR 0025, 0031).
 */
export function SourceText({
  revisionId,
  highlights = [],
  pageStarts,
}: {
  revisionId: string;
  highlights?: Highlight[];
  /** Where each PDF page starts; its first paragraph is labelled with the page number. */
  pageStarts?: number[];
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadRevisionText(revisionId).then(
      (text) => live && setLoaded({ revisionId, text }),
      () => live && setLoaded({ revisionId, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [revisionId, attempt]);
  // A new revision (after "Save as new revision") shows its loading state, not the previous text.
  const current = loaded?.revisionId === revisionId ? loaded : null;
  const text = current && "text" in current ? current.text : null;

  // Escaped and built in lib/reader/html.ts; see there for why this is HTML strings.
  const parts = useMemo(
    () => (text === null ? [] : readerHtmlParts(text, paragraphSpans(text), highlights, pageStarts, PART_CHARS)),
    [text, highlights, pageStarts],
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

  if (current && "failed" in current)
    return (
      <div className="reader" role="alert">
        <p>The text could not be loaded.</p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setLoaded(null);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  if (text === null)
    return (
      <div className="reader" aria-busy="true">
        <p className="muted" role="status">
          Loading the text…
        </p>
      </div>
    );
  return (
    <div ref={ref} className={text.length > LONG_TEXT ? "reader reader-long" : "reader"} data-testid="source-text" />
  );
}
