// @mentions in comment text. A handle is the local part of a colleague's e-mail address
// (ada@newsroom.example is @ada). Pure: the service resolves handles to users.

// "@" at the start or after a character that cannot be part of a handle or address, so
// "mail ada@newsroom.example" is not a mention of @newsroom.
const MENTION = /(^|[^\w.@/+-])@([A-Za-z0-9](?:[A-Za-z0-9._+-]*[A-Za-z0-9_+-])?)/g;

/** Distinct lower-cased handles mentioned in `text`, in order of first appearance; none inside URLs. */
export function parseMentions(text: string): string[] {
  const handles: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token) || token.includes("://")) continue;
    for (const match of token.matchAll(MENTION)) {
      const handle = match[2].toLowerCase();
      if (!handles.includes(handle)) handles.push(handle);
    }
  }
  return handles;
}

/** The handle colleagues type to mention this user. */
export const handleOf = (email: string) => email.split("@")[0].toLowerCase();

/** The partial handle being typed at `caret` (after an "@"), or null: drives the autocomplete. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[^\w.@/+-])@([A-Za-z0-9._+-]*)$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2].toLowerCase() };
}
