import { paragraphSpans } from "@/lib/sources/text";

/** The snapshot in paragraphs; each paragraph carries its offset so highlights can be placed later. */
export function SourceText({ text }: { text: string }) {
  return (
    <div className="reader" data-testid="source-text">
      {paragraphSpans(text).map((p) => (
        <p key={p.start} data-start={p.start}>{text.slice(p.start, p.end)}</p>
      ))}
    </div>
  );
}
