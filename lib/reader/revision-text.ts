// The reader's text travels on its own, once per revision (ADR 0031): the page names the revision, the
// browser fetches its text from this address (preloaded by the page, kept by the HTTP cache for good,
// since a revision's text never changes) and builds the paragraphs itself.

/** Where a revision's text is served (app/api/v1/revisions/[revisionId]/text). */
export const revisionTextUrl = (revisionId: string) => `/api/v1/revisions/${encodeURIComponent(revisionId)}/text`;

/** Texts already in this tab: a refresh after a save rebuilds the highlights without waiting for a fetch. */
const KEPT_TEXTS = 4;
const kept = new Map<string, Promise<string>>();

export class RevisionTextError extends Error {
  constructor(readonly status: number) {
    super(`The text could not be loaded (HTTP ${status}).`);
  }
}

/**
 * A revision's text, fetched once per tab (a failed fetch is forgotten, so trying again fetches again).
 * `fetchText` is the network call, replaceable in tests.
 */
export function loadRevisionText(
  revisionId: string,
  fetchText: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<string> {
  const known = kept.get(revisionId);
  if (known) {
    kept.delete(revisionId);
    kept.set(revisionId, known);
    return known;
  }
  const text = fetchText(revisionTextUrl(revisionId)).then((res) => {
    if (!res.ok) throw new RevisionTextError(res.status);
    return res.text();
  });
  text.catch(() => {
    if (kept.get(revisionId) === text) kept.delete(revisionId);
  });
  kept.set(revisionId, text);
  if (kept.size > KEPT_TEXTS) kept.delete(kept.keys().next().value!);
  return text;
}
