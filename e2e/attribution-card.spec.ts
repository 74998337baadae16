// Issue 11: the fact-checker's path in the browser. A statement with an intermediary, evidence on its
// words (public and internal notes), two blind reviews, publishing, and the chain on the public card.
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type TestUser } from "./support/fixtures";
import { rangeSelect } from "./support/reader";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const ARTICLE = (marker: string) => `[FICTIONAL TEST ARTICLE ${marker}]

Orlen, 4 May. The harbour master Edda Rask told Radio Orlen that the north pier would reopen in June, reportedly after inspections.

The port's owners declined to comment.`;

async function signedInPage(browser: Browser, baseURL: string, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, user);
  return page;
}

async function review(page: Page, claimText: string, rationale: string) {
  await page.goto("/review");
  await page.getByTestId("queue-row").filter({ hasText: claimText }).getByRole("link").click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);
  // The reviewer sees what they judge without leaving the page: evidence by stance with its chain.
  const evidence = page.getByRole("region", { name: "Evidence" });
  await expect(evidence.getByTestId("review-stance-counts")).toHaveText("1 supporting · 0 contradicting · 0 context");
  await expect(evidence.getByTestId("dispute-item")).toContainText("the north pier would reopen in June");
  await expect(evidence.getByTestId("dispute-item")).toContainText("hedged: reportedly");
  const form = page.getByRole("form", { name: "Your review" });
  await form.getByLabel("Truth verdict").selectOption({ label: "Unproven" });
  await form.getByLabel("Attribution verdict").selectOption({ label: "Accurately attributed" });
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByRole("status")).toHaveText("Your review was submitted.");
}

test("statement with via, evidence on it, two reviews, publish: the public card shows the chain", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  test.setTimeout(150_000);
  const [analyst, reviewer1, reviewer2, editor] = await Promise.all([
    makeUser("analyst"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const marker = unique();
  const speaker = `Edda Rask ${marker}`;
  const outlet = `Radio Orlen ${marker}`;
  const claimText = `The north pier of Orlen reopens in June ${marker}`;
  const internal = `Internal: the harbour master is a friend of our editor ${marker}`;
  const publicNote = `The pier owners have not confirmed a date.`;

  // The analyst imports the article and records who said the words, through whom.
  const page = await signedInPage(browser, baseURL!, analyst);
  const actorIds: string[] = [];
  for (const actor of [
    { name: speaker, kind: "person" },
    { name: outlet, kind: "organization" },
  ]) {
    const res = await page.request.post("/api/v1/actors", { data: actor, headers: { origin: baseURL! } });
    expect(res.status()).toBe(201);
    actorIds.push((await res.json()).id);
  }
  // The outlet was entered with the wrong kind; the analyst corrects it on its page.
  await page.goto(`/actors/${actorIds[1]}`);
  const edit = page.getByRole("form", { name: "Edit actor" });
  await edit.getByLabel("Kind").selectOption({ label: "Outlet" });
  await edit.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved ${outlet} (version 2).`);
  await page.reload();
  await expect(page.getByRole("form", { name: "Edit actor" }).getByLabel("Kind")).toHaveValue("outlet");
  await page.goto("/sources/new");
  await page.getByLabel("Title").fill(`Orlen pier ${marker}`);
  await page.getByLabel("Text").fill(ARTICLE(marker));
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Orlen pier ${marker}`);

  const words = "the north pier would reopen in June";
  await rangeSelect(page, words);
  await page.getByRole("button", { name: "Record statement" }).click();
  const statement = page.getByRole("dialog", { name: "Record statement" });
  await statement.getByRole("combobox", { name: "Speaker (who said it)" }).fill(speaker);
  await statement.getByRole("option", { name: new RegExp(`^${speaker}`) }).click();
  await statement.getByText("Relayed through an intermediary?").click();
  await statement.getByRole("combobox", { name: "Intermediary (outlet or person)" }).fill(outlet);
  await statement.getByRole("option", { name: new RegExp(`^${outlet}`) }).click();
  await statement.getByLabel("Cue verb").fill("told");
  await statement.getByLabel("Indirect (reported speech)").check();
  await statement.getByLabel("Hedges (optional)").fill("reportedly");
  await statement.getByRole("button", { name: "Save statement" }).click();
  await expect(statement).toBeHidden();

  // Evidence on the same words: linked to the statement without being asked.
  await rangeSelect(page, words);
  await page.getByRole("button", { name: "Add evidence" }).click();
  const evidence = page.getByRole("dialog", { name: "Add evidence" });
  await evidence.getByRole("combobox", { name: "Claim" }).fill(claimText);
  await evidence.getByRole("option", { name: /Create a new claim/ }).click();
  await evidence.getByLabel(/^Supports/).check();
  await evidence.getByLabel("Public note (optional, shown on the published card)").fill(publicNote);
  await evidence.getByLabel("Internal note (optional, staff only, never published)").fill(internal);
  await evidence.getByRole("button", { name: "Save evidence" }).click();
  await expect(evidence).toBeHidden();
  await expect(page.getByTestId("reader-status")).toHaveText("Evidence saved and highlighted.");

  await page.getByRole("link", { name: claimText }).first().click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);
  const claimUrl = page.url();
  await page.goto(`${claimUrl}/review`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText("Status is now In review.");

  // Two reviewers, each with their own account.
  await review(await signedInPage(browser, baseURL!, reviewer1), claimText, "Only one radio report, hedged.");
  await review(await signedInPage(browser, baseURL!, reviewer2), claimText, "The owners have not confirmed.");

  // The editor publishes.
  const editorPage = await signedInPage(browser, baseURL!, editor);
  await editorPage.goto(`${claimUrl}/review`);
  const publish = editorPage.getByRole("form", { name: "Publish card" });
  await publish.getByLabel("Headline").fill(`Orlen pier in June? Unproven ${marker}`);
  await publish.getByLabel("Truth verdict").selectOption({ label: "Unproven" });
  await publish.getByLabel("Attribution verdict").selectOption({ label: "Accurately attributed" });
  await publish.getByLabel("Public rationale").fill("Only the harbour master says so, through one radio report.");
  await publish.getByRole("button", { name: "Publish card" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Published version 1.");
  const cardHref = await editorPage.getByRole("link", { name: /Public card, version 1/ }).getAttribute("href");

  // An anonymous reader reads the chain: speaker -> via -> source -> publisher, with the hedge.
  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto(cardHref!);
  const item = reader.getByTestId("card-evidence");
  await expect(item).toContainText(words);
  const chain = item.getByTestId("card-evidence-chain");
  await expect(chain.getByRole("listitem")).toHaveText([
    `said by ${speaker}`,
    `via ${outlet}`,
    `reported in Orlen pier ${marker}`,
  ]);
  await expect(chain).toContainText("hedged: reportedly");
  await expect(item.getByTestId("card-evidence-note")).toHaveText(publicNote);
  expect(await reader.content()).not.toContain(internal);
  expect(await (await reader.request.get(cardHref!.replace("/cards/", "/embed/"))).text()).not.toContain(internal);
});
