// Where focus goes after a save in the reader. A saved record's highlight (id "h-{id}") only exists
// once the refreshed page has arrived, so it is looked for a little while before giving up.

const WAIT_MS = 3000;
const STEP_MS = 50;
const GONE_WAIT_MS = 15_000;

/** Focuses `#id` as soon as it is in the page (within a few seconds), scrolling it into view if needed. */
export function focusWhenShown(id: string, fallback: HTMLElement | null): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = Date.now();
  const attempt = () => {
    const target = document.getElementById(id);
    if (target) {
      target.scrollIntoView({ block: "nearest" });
      target.focus({ preventScroll: true });
    } else if (Date.now() - started < WAIT_MS) {
      timer = setTimeout(attempt, STEP_MS);
    } else if (fallback?.isConnected) {
      fallback.focus({ preventScroll: true });
    }
  };
  attempt();
  return () => clearTimeout(timer);
}

/**
 * Waits (a while) for `item` to leave the page, as an accepted or dismissed suggestion does once the
 * refreshed list arrives, then focuses `next` and calls `onGone`. An item that stays (a refusal,
 * shown beside its button) keeps focus where it is.
 */
export function focusWhenGone(item: HTMLElement, next: HTMLElement | null, onGone: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = Date.now();
  const check = () => {
    if (!item.isConnected) {
      next?.focus({ preventScroll: true });
      onGone();
    } else if (Date.now() - started < GONE_WAIT_MS) {
      timer = setTimeout(check, STEP_MS);
    }
  };
  timer = setTimeout(check, STEP_MS);
  return () => clearTimeout(timer);
}

/**
 * What to focus once an item of a list goes away (an accepted or dismissed suggestion): the same
 * control (`selector`) in the next item, else in the previous one, else the list's heading.
 */
export function neighbourToFocus(
  item: HTMLElement | null,
  selector: string,
  heading: HTMLElement | null,
): HTMLElement | null {
  const sibling = item?.nextElementSibling ?? item?.previousElementSibling;
  return sibling?.querySelector<HTMLElement>(selector) ?? heading;
}
