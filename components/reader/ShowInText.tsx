/** Jumps to a highlight in the text (the reader focuses #h-… targets and shows their details). */
export const ShowInText = ({ id, label }: { id: string; label: string }) => (
  <a href={`#h-${id}`} className="small" aria-label={`Show in text: ${label}`}>
    Show in text
  </a>
);
