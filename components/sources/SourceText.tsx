import { readerHtml } from "@/lib/reader/html";
import type { Highlight } from "@/lib/reader/segments";
import { paragraphSpans } from "@/lib/sources/text";

/**
 * Beyond this many characters paragraphs skip layout while off screen (content-visibility); shorter
 * texts lay out at once so nothing shifts under the reader's pointer.
 */
const LONG_TEXT = 100_000;

/**
 * The snapshot in paragraphs. Each <p> carries its offsets and the blank lines between paragraphs
 * stay in the DOM as (invisible) text, so a selection maps back to exact offsets of the revision.
 * Paragraphs without highlights are one text node each; only highlighted ones are split.
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
  return (
    <div
      className={text.length > LONG_TEXT ? "reader reader-long" : "reader"}
      data-testid="source-text"
      // Escaped and built in lib/reader/html.ts; see there for why this is one string.
      dangerouslySetInnerHTML={{ __html: readerHtml(text, paragraphSpans(text), highlights, pageStarts) }}
    />
  );
}
