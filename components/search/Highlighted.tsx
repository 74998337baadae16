import { Fragment } from "react";
import { segments, type Range } from "@/lib/search/highlight";

/** Text with its matched ranges in <mark>. React escapes every piece: no HTML from the server is ever rendered. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {segments(text, ranges).map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}
