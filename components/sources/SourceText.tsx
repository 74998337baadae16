"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { readerHtmlPartsOneByOne } from "@/lib/reader/html";
import { NO_HIGHLIGHTS, unpackHighlights, type PackedHighlights } from "@/lib/reader/packed-highlights";
import { loadRevisionText } from "@/lib/reader/revision-text";
import { paragraphSpans } from "@/lib/sources/paragraphs";

/**
 * Beyond this many characters the parts skip style and layout while off screen (content-visibility);
 * shorter texts lay out at once so nothing shifts under the reader's pointer.
 */
const LONG_TEXT = 100_000;

/**
 * A long text is built and put in the page a part at a time: the first part (about this many characters,
 * whole paragraphs) at once, then PARTS_PER_TASK parts per task, each task short, so the first screen
 * shows and the reader answers the keyboard while the rest is still being added (ADR 0029). Each part is
 * one block, so the browser tracks a hundred or so blocks on and off screen, not every paragraph (ADR 0031).
 */
const PART_CHARS = 16_000;
const PARTS_PER_TASK = 2;
const block = (html: string) => `<div class="reader-part">${html}</div>`;

/** Fired on the text's element once its paragraphs are in the DOM (the reader then focuses #h-… targets). */
export const TEXT_READY_EVENT = "claimdesk:text-ready";

type Loaded = { revisionId: string; text: string } | { revisionId: string; failed: true };

/**
 * The revision's text in paragraphs, in parts. Each <p> carries its offsets and the blank lines between
 * paragraphs stay in the DOM as (invisible) text, so a selection maps back to exact offsets of the revision.
 * Paragraphs without highlights are one text node each; only highlighted ones are split.
 *
 * The text is not in the page: the browser fetches it by revision id (preloaded by the page, cached for
 * good since a revision never changes) and builds the paragraphs here, so it is sent once and parsed
 * once, never as HTML plus a copy in the RSC payload that hydrates it (ADR 0025, 0031).
 */
export function SourceText({
  revisionId,
  highlights: packed = NO_HIGHLIGHTS,
  pageStarts,
}: {
  revisionId: string;
  highlights?: PackedHighlights;
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

  const spans = useMemo(() => (text === null ? [] : paragraphSpans(text)), [text]);
  const highlights = useMemo(() => unpackHighlights(packed), [packed]);
  const ref = useRef<HTMLDivElement>(null);
  // The element's content is ours, not React's: React renders it empty and never touches its children.
  // Escaped and built in lib/reader/html.ts (see there for why this is HTML strings), a part at a time.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || text === null) return;
    const parts = readerHtmlPartsOneByOne(text, spans, highlights, pageStarts, PART_CHARS);
    element.innerHTML = block(parts.next().value ?? "");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const addMore = () => {
      let html = "";
      for (let added = 0; added < PARTS_PER_TASK; added++) {
        const part = parts.next();
        if (part.done) {
          element.insertAdjacentHTML("beforeend", html);
          element.dispatchEvent(new Event(TEXT_READY_EVENT, { bubbles: true }));
          return;
        }
        html += block(part.value);
      }
      element.insertAdjacentHTML("beforeend", html);
      timer = setTimeout(addMore, 0);
    };
    timer = setTimeout(addMore, 0);
    return () => clearTimeout(timer);
  }, [text, spans, highlights, pageStarts]);

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
