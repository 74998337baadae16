"use client";
import { useReader } from "./ReaderWorkspace";
import type { ReanchorTarget } from "./ReanchorDialog";

/** Opens the re-anchor dialog with whatever is selected in the text right now. */
export function ReanchorButton({ target }: { target: ReanchorTarget }) {
  const { openReanchor } = useReader();
  return (
    <button
      type="button"
      className="primary small-button"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => openReanchor(target)}
    >
      Re-anchor to selection
    </button>
  );
}
