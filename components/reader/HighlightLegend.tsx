/** What the highlight colours and lines mean. */
export function HighlightLegend() {
  return (
    <ul className="legend" aria-label="Highlight legend">
      <li>
        <span className="hl hl-evidence tone-supports">Supports</span>
      </li>
      <li>
        <span className="hl hl-evidence tone-contradicts">Contradicts</span>
      </li>
      <li>
        <span className="hl hl-evidence tone-context">Context</span>
      </li>
      <li>
        <span className="hl hl-statement tone-statement">Statement</span>
      </li>
      <li>
        <span className="hl hl-suggestion tone-suggestion">Suggestion</span>
      </li>
    </ul>
  );
}
