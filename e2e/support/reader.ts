// Helpers for specs that work in the reader.
import { expect, type Page } from "@playwright/test";

/** Puts a DOM Range selection on the words, as assistive tools and scripts do, and waits for the reader to take it. */
export async function rangeSelect(page: Page, phrase: string) {
  await page.getByTestId("source-text").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(phrase);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + phrase.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`"${phrase}" is not inside one text node of the reader`);
  }, phrase);
  await expect(page.getByTestId("selection-status")).toHaveText(`${phrase.length} characters selected`);
}
