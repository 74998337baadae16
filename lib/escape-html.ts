// The one HTML/XML escape for markup built by hand: the reader's text, the embed page, the Atom feed.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values (double- or single-quoted) for hand-built HTML and XML. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
