// The analyst workspace in a real browser: selecting words in the reader, evidence and statements,
// suggestions, revisions that break anchors, and the dispute view of the demo claim.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { rangeSelect } from "./support/reader";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function importSource(page: Page, title: string, text: string) {
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/** Screen positions of the first and last letters of `phrase` (inside one text node of the reader). */
async function rangeBox(page: Page, phrase: string) {
  // Measure after the next frames, once layout has settled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.getByTestId("source-text").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(phrase);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const first = r.getBoundingClientRect();
      r.setStart(node, i + phrase.length - 1);
      r.setEnd(node, i + phrase.length);
      const last = r.getBoundingClientRect();
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`"${phrase}" is not inside one text node of the reader`);
  }, phrase);
}

/** Selects words the way a user does: press the mouse before the first letter, drag past the last. */
async function dragSelect(page: Page, phrase: string) {
  const box = await rangeBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId("selection-status")).toHaveText(`${phrase.length} characters selected`);
}

const ARTICLE = (marker: string) => `[FICTIONAL TEST ARTICLE ${marker}]

The harbour of Velmora 🚢 reopened on Monday after a week of storms, the port authority said.

Officials in Brask disputed the timetable, saying the breakwater repairs were not finished.

Fishermen said the catch had fallen by half since the spring.`;

test.describe("the reader", () => {
  test("selected words become evidence on a new or existing claim, highlighted with their stance", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    const marker = unique();
    await importSource(page, `Velmora harbour ${marker}`, ARTICLE(marker));

    // 1. Mouse selection after an emoji (a surrogate pair): offsets must still be exact UTF-16.
    await dragSelect(page, "reopened on Monday");
    await page.getByRole("button", { name: "Add evidence" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    await expect(dialog.getByTestId("selected-quote")).toHaveText("reopened on Monday");
    const claimText = `The Velmora harbour reopened on Monday ${marker}`;
    await dialog.getByRole("combobox", { name: "Claim" }).fill(claimText);
    await dialog.getByRole("option", { name: /Create a new claim/ }).click();
    await expect(dialog.getByLabel("Claim text")).toHaveValue(claimText);
    await dialog.getByRole("button", { name: "Save evidence" }).click();
    await expect(dialog.getByText("Choose a stance: Supports, Contradicts or Context.", { exact: true })).toBeVisible();
    await dialog.getByLabel(/^Supports/).check();
    await dialog
      .getByLabel("Internal note (optional, staff only, never published)")
      .fill("The authority's own announcement.");
    await dialog.getByRole("button", { name: "Save evidence" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("reader-status")).toHaveText("Evidence saved and highlighted.");
    const supports = page.getByTestId("source-text").locator("mark.hl-evidence.tone-supports");
    await expect(supports).toHaveText("reopened on Monday");

    // Details show on focus (Tab reaches every highlight) and hide with Escape.
    await supports.focus();
    const tip = page.getByRole("tooltip");
    await expect(tip).toContainText("Evidence · Supports");
    await expect(tip).toContainText(claimText);
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();

    // 2. A script-made selection, the keyboard shortcut, and the claim picker's search.
    await rangeSelect(page, "disputed the timetable");
    await page.getByRole("region", { name: "Source text" }).focus();
    await page.keyboard.press("e");
    const second = page.getByRole("dialog", { name: "Add evidence" });
    await expect(second.getByTestId("selected-quote")).toHaveText("disputed the timetable");
    await second.getByRole("combobox", { name: "Claim" }).fill(marker);
    await expect(second.getByRole("option", { name: new RegExp(claimText) })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(second.getByText(`Chosen: ${claimText}`)).toBeVisible();
    await second.getByLabel(/^Contradicts/).check();
    await second.getByRole("button", { name: "Save evidence" }).click();
    await expect(second).toBeHidden();
    await expect(page.getByTestId("source-text").locator("mark.hl-evidence.tone-contradicts")).toHaveText(
      "disputed the timetable",
    );

    // The claim page lists both by stance and links back to the highlight.
    await page.getByRole("link", { name: claimText }).first().click();
    await expect(page.getByTestId("claim-text")).toHaveText(claimText);
    await expect(page.getByRole("region", { name: "Supports" }).getByTestId("evidence-item")).toContainText(
      "reopened on Monday",
    );
    await expect(page.getByRole("region", { name: "Contradicts" }).getByTestId("evidence-item")).toContainText(
      "disputed the timetable",
    );
    for (const link of ["Dispute view", "Review & publish", "Edit", "History"])
      await expect(page.getByRole("navigation", { name: "Claim" }).getByRole("link", { name: link })).toBeVisible();
    await page
      .getByRole("region", { name: "Contradicts" })
      .getByRole("link", { name: `Velmora harbour ${marker}` })
      .click();
    await expect(page).toHaveURL(/#h-/);
    await expect(page.getByTestId("source-text").locator("mark.hl-evidence.tone-contradicts")).toBeFocused();
  });

  test("a selection across a paragraph break keeps exact offsets, line breaks included", async ({ page, signInAs }) => {
    await signInAs("analyst");
    const marker = unique();
    const text = ARTICLE(marker);
    await importSource(page, `Across ${marker}`, text);
    const from = "after a week of storms";
    const to = "Officials in Brask";
    await page.getByTestId("source-text").evaluate(
      (root, [from, to]) => {
        const find = (phrase: string): [Node, number] => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const i = (node as Text).data.indexOf(phrase);
            if (i >= 0) return [node, i];
          }
          throw new Error(phrase);
        };
        const [a, i] = find(from);
        const [b, j] = find(to);
        const r = document.createRange();
        r.setStart(a, i);
        r.setEnd(b, j + to.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      },
      [from, to],
    );
    const expected = text.slice(text.indexOf(from), text.indexOf(to) + to.length);
    expect(expected).toContain("said.\n\nOfficials");
    await expect(page.getByTestId("selection-status")).toHaveText(`${expected.length} characters selected`);
    await page.getByRole("button", { name: "Add evidence" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    expect(await dialog.getByTestId("selected-quote").evaluate((q) => q.textContent)).toBe(expected);
    await dialog.getByRole("combobox", { name: "Claim" }).fill(`Storms closed the Velmora harbour ${marker}`);
    await dialog.getByRole("option", { name: /Create a new claim/ }).click();
    await dialog.getByLabel(/^Context/).check();
    await dialog.getByRole("button", { name: "Save evidence" }).click();
    await expect(dialog).toBeHidden();
    // One highlight, split where it crosses the suggestion's end and the paragraph break; only its
    // first fragment is a Tab stop.
    const fragments = page.getByTestId("source-text").locator("mark.hl-evidence");
    await expect(fragments).toHaveText(["after a week of storms", ", the port authority said.", "Officials in Brask"]);
    await expect(page.getByTestId("source-text").locator("mark.hl-evidence[tabindex]")).toHaveCount(1);

    // A selection starting in the blank lines between paragraphs (as line-wise keyboard selection
    // can) is trimmed to the words, and its offsets still agree with the text.
    await page.getByTestId("source-text").evaluate((root) => {
      // Paragraphs and the blank lines between them sit in blocks (ADR 0031).
      const block = root.querySelector("p[data-start]")!.parentElement!;
      const gap = [...block.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.previousSibling && n.nextSibling,
      )!;
      const next = gap.nextSibling as HTMLElement;
      const walker = document.createTreeWalker(next, NodeFilter.SHOW_TEXT);
      const r = document.createRange();
      r.setStart(gap, 1);
      r.setEnd(walker.nextNode()!, 10);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await expect(page.getByTestId("selection-status")).toHaveText("10 characters selected");
  });

  test("keyboard only: Tab to a highlight, Shift+arrows select, the dialog keeps focus inside and Escape closes it", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    const marker = unique();
    await importSource(page, `Brask catch ${marker}`, ARTICLE(marker));
    await page.getByRole("region", { name: "Source text" }).focus();
    // The first tab stop in the text is the first highlight: the extractor's suggestion "The harbour of Velmora…".
    await page.keyboard.press("Tab");
    const first = page.getByTestId("source-text").locator("mark[tabindex]").first();
    await expect(first).toBeFocused();
    await expect(page.getByRole("tooltip")).toContainText("Suggestion · the port authority");
    for (let i = 0; i < "The harbour".length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await expect(page.getByTestId("selection-status")).toHaveText("14 characters selected");
    await page.keyboard.press("s");
    const dialog = page.getByRole("dialog", { name: "Record statement" });
    await expect(dialog.getByTestId("selected-quote")).toHaveText("The harbour of");
    await expect(dialog.getByRole("combobox", { name: "Speaker (who said it)" })).toBeFocused();
    // Tabbing through the whole dialog never leaves it (the page behind is inert).
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(
          () => !!document.activeElement?.closest("dialog") || document.activeElement === document.body,
        ),
      ).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(first).toBeFocused();
  });

  test("a statement is recorded with a speaker created inline and appears on the actor's page", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    const marker = unique();
    await importSource(page, `Brask repairs ${marker}`, ARTICLE(marker));
    await dragSelect(page, "the breakwater repairs were not finished");
    await page.getByRole("button", { name: "Record statement" }).click();
    const dialog = page.getByRole("dialog", { name: "Record statement" });
    const speaker = `Brask harbour office ${marker}`;
    await dialog.getByRole("combobox", { name: "Speaker (who said it)" }).fill(speaker);
    await dialog.getByRole("option", { name: `Create actor “${speaker}”` }).click();
    await expect(dialog.getByLabel("Name")).toHaveValue(speaker);
    await dialog.getByLabel("Kind", { exact: true }).selectOption("government");
    await dialog.getByLabel("Cue verb").fill("saying");
    await dialog.getByLabel("Indirect (reported speech)").check();
    await dialog.getByLabel("Hedges (optional)").fill("reportedly");
    await dialog.getByRole("button", { name: "Save statement" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("source-text").locator("mark.hl-statement")).toHaveText(
      "the breakwater repairs were not finished",
    );
    const listed = page.getByTestId("statement-list-item");
    await expect(listed).toContainText("hedged: reportedly");
    await listed.getByRole("link", { name: speaker }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(speaker);
    await expect(page.getByTestId("actor-statement")).toContainText("the breakwater repairs were not finished");
  });

  test("the extractor's suggestions are accepted, edited or dismissed; nothing counts before", async ({
    page,
    signInAs,
  }) => {
    await signInAs("analyst");
    const marker = unique();
    const text = `[FICTIONAL TEST ARTICLE ${marker}]

"The ferry will sail again at dawn," said Jonas Brekke${marker}, the harbour master.

"We have not been told anything at all," said Lina Holt${marker}.

"Nobody asked the fishermen about the new timetable," said Oskar Lind${marker}.`;
    await importSource(page, `Ferry suggestions ${marker}`, text);
    const items = page.getByTestId("suggestion-item");
    await expect(items).toHaveCount(3);
    await expect(page.getByTestId("source-text").locator("mark.hl-suggestion")).toHaveCount(3);
    await expect(page.getByRole("heading", { name: "Statements (0)" })).toBeVisible();

    await page.getByRole("button", { name: /^Accept suggestion “The ferry will sail/ }).click();
    await expect(items).toHaveCount(2);
    await expect(page.getByTestId("statement-list-item")).toContainText(`Jonas Brekke${marker}`);
    await expect(page.getByTestId("source-text").locator("mark.hl-statement")).toHaveText(
      "The ferry will sail again at dawn",
    );

    const holt = items.filter({ hasText: "We have not been told" });
    await holt.getByText("Edit before accepting").click();
    await holt.getByLabel("Speaker", { exact: true }).fill(`Lina M. Holt${marker}`);
    await holt.getByLabel("Cue verb").fill("complained");
    await holt.getByRole("button", { name: "Accept with these changes" }).click();
    await expect(items).toHaveCount(1);
    await expect(page.getByTestId("statement-list-item").filter({ hasText: `Lina M. Holt${marker}` })).toContainText(
      "complained",
    );

    await page.getByRole("button", { name: /^Dismiss suggestion “Nobody asked/ }).click();
    await expect(items).toHaveCount(0);
    await expect(page.getByText("No pending suggestions.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Statements (2)" })).toBeVisible();
  });
});

test("a revision that removes quoted words flags the evidence on the claim page until it is re-anchored", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = unique();
  const original = ARTICLE(marker);
  await importSource(page, `Velmora revisions ${marker}`, original);
  const claimText = `Brask repairs are unfinished ${marker}`;
  for (const [phrase, i] of [
    ["the breakwater repairs were not finished", 0],
    ["the catch had fallen by half", 1],
  ] as const) {
    await rangeSelect(page, phrase);
    await page.getByRole("button", { name: "Add evidence" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence" });
    await dialog.getByRole("combobox", { name: "Claim" }).fill(i === 0 ? claimText : marker);
    await dialog.getByRole("option", { name: i === 0 ? /Create a new claim/ : new RegExp(claimText) }).click();
    await dialog.getByLabel(i === 0 ? /^Supports/ : /^Context/).check();
    await dialog.getByRole("button", { name: "Save evidence" }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId("source-text").locator("mark.hl-evidence")).toHaveCount(2);

  // Revision 2: a paragraph inserted before both quotes; the fishermen's sentence rewritten.
  const revised = original
    .replace("The harbour of Velmora", "Update: the port authority corrected the date.\n\nThe harbour of Velmora")
    .replace(
      "Fishermen said the catch had fallen by half since the spring.",
      "Fishermen said the season had been poor.",
    );
  await page.getByText("Upload a new revision").click();
  await page.getByRole("button", { name: "Start from the current text" }).click();
  await expect(page.getByLabel("New text")).toHaveValue(original);
  await page.getByLabel("New text").fill(original);
  await page.getByRole("button", { name: "Upload revision" }).click();
  await expect(page.getByText(/The text is unchanged: it is identical to revision 1/).first()).toBeVisible();
  await page.getByLabel("New text").fill(revised);
  await page.getByLabel("What changed (optional)").fill("Publisher's update");
  await page.getByRole("button", { name: "Upload revision" }).click();
  await expect(page.getByText("Revision 2 saved. 1 span(s) moved with the text; 1 need(s) review.")).toBeVisible();
  await expect(page.getByTestId("source-text").locator("mark.hl-evidence.tone-supports")).toHaveText(
    "the breakwater repairs were not finished",
  );
  await expect(page.getByTestId("needs-review-item")).toContainText("the catch had fallen by half");

  await page.getByRole("link", { name: claimText }).first().click();
  await expect(page.getByText("1 evidence item needs review")).toBeVisible();
  const flagged = page.getByRole("region", { name: "Context" }).getByTestId("evidence-item");
  await expect(flagged.getByText("Needs review")).toBeVisible();

  // Fix it: re-select the words in the current revision.
  await flagged.getByRole("link", { name: "Re-anchor in the reader" }).click();
  await expect(page.getByTestId("needs-review-item")).toBeFocused();
  await rangeSelect(page, "the season had been poor");
  await page.getByRole("button", { name: "Re-anchor to selection" }).click();
  const dialog = page.getByRole("dialog", { name: "Re-anchor evidence" });
  await expect(dialog.getByTestId("selected-quote")).toHaveText("the season had been poor");
  await dialog.getByRole("button", { name: "Re-anchor here" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("needs-review-item")).toHaveCount(0);
  await expect(page.getByTestId("source-text").locator("mark.hl-evidence.tone-context")).toHaveText(
    "the season had been poor",
  );
});

test("the dispute view shows who asserts and who denies the demo claim, with chains and weaknesses", async ({
  page,
  signInAs,
}) => {
  await signInAs("reviewer");
  await page.goto("/actors?q=senior%20coalition");
  await page.getByRole("link", { name: "A senior coalition official" }).click();
  await page.getByRole("link", { name: /Varnia directs the Kessel Brigade's rocket attacks/ }).click();
  await page.getByRole("link", { name: "Dispute view" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Varnia directs the Kessel Brigade's rocket attacks on coalition forces at Port Aldan",
  );
  await expect(page.getByTestId("stance-counts")).toHaveText("2 supporting · 2 contradicting · 1 context");

  const asserts = page.getByRole("region", { name: /Who asserts it/ });
  const denies = page.getByRole("region", { name: /Who denies it/ });
  const official = asserts.getByRole("region", { name: "A senior coalition official" });
  await expect(official).toContainText("Varnia's Revolutionary Directorate directs and funds the attacks");
  await expect(official.getByRole("list", { name: "Chain of attribution" })).toContainText("The Harbor Courier");
  await expect(official.getByText("anonymous", { exact: true })).toBeVisible();
  await expect(official.getByText("via intermediary", { exact: true })).toBeVisible();
  await expect(asserts.getByRole("region", { name: "Mara Quill" })).toContainText("an extension of the Directorate");
  await expect(denies.getByRole("region", { name: "Ivo Draskan" })).toContainText(
    "Varnia has no links to any armed group",
  );
  await expect(denies.getByRole("region", { name: "Varnian Ministry of Foreign Affairs" })).toContainText(
    "does not direct, fund or arm the Kessel Brigade",
  );
  await expect(asserts.getByTestId("dispute-group")).toHaveCount(2);
  await expect(denies.getByTestId("dispute-group")).toHaveCount(2);
});

test("an editor adds an alias and merges a duplicate actor, keeping its statements", async ({ page, signInAs }) => {
  await signInAs("editor");
  const marker = unique();
  await importSource(page, `Merge source ${marker}`, ARTICLE(marker));
  await rangeSelect(page, "the port authority said");
  await page.getByRole("button", { name: "Record statement" }).click();
  const dialog = page.getByRole("dialog", { name: "Record statement" });
  const duplicate = `Velmora Port Auth ${marker}`;
  await dialog.getByRole("combobox", { name: "Speaker (who said it)" }).fill(duplicate);
  await dialog.getByRole("option", { name: `Create actor “${duplicate}”` }).click();
  await dialog.getByRole("button", { name: "Save statement" }).click();
  await expect(dialog).toBeHidden();

  const survivor = `Velmora Port Authority ${marker}`;
  await page.goto("/actors");
  await page.getByRole("textbox", { name: "Name" }).fill(survivor);
  await page.getByLabel("Kind").selectOption("organization");
  await page.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("status")).toContainText(`Added ${survivor}.`);
  await page.goto(`/actors?q=${encodeURIComponent(survivor)}`);
  await page.getByRole("link", { name: survivor }).click();
  await page.getByLabel("New alias").fill(`VPA ${marker}`);
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByTestId("alias-list")).toContainText(`VPA ${marker}`);

  await page.getByRole("combobox", { name: "Duplicate actor" }).fill(duplicate);
  await page.getByRole("option", { name: new RegExp(duplicate) }).click();
  await page.getByRole("button", { name: "Merge actors" }).click();
  await expect(page.getByText(`Actors merged. Everything now points to ${survivor}.`)).toBeVisible();
  await expect(page.getByTestId("alias-list")).toContainText(duplicate);
  await expect(page.getByTestId("actor-statement")).toContainText("the port authority said");
});
