// The staff claim page's rarely opened forms (rendered when opened) and the similar claims' relate
// buttons, used like a person would, and the kept view of the page showing each write at once (ADR 0030).
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const ARTICLE = `[FICTIONAL E2E ARTICLE]

The Osk harbour board said on Tuesday that the north ferry pier would reopen in May after repairs.`;

async function postJson(page: Page, path: string, data: unknown) {
  const res = await page.request.post(path, { data, headers: { origin: new URL(page.url()).origin } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return res.json();
}

test("an analyst edits evidence, comments on it, adds an appearance and relates a similar claim", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  const marker = randomBytes(3).toString("hex");
  const text = `The Osk north ferry pier reopens in May after repairs ${marker}`;
  const source = await postJson(page, "/api/v1/sources", {
    title: `Osk pier notice (fictional ${marker})`,
    text: ARTICLE,
    allowDuplicate: true,
  });
  const picker = await postJson(page, "/api/v1/sources", {
    title: `Osk pier repost (fictional ${marker})`,
    text: ARTICLE,
    allowDuplicate: true,
  });
  const claim = await postJson(page, "/api/v1/claims", { text, kind: "factual" });
  const twin = await postJson(page, "/api/v1/claims", { text: `${text} (second report)`, kind: "factual" });
  await postJson(page, `/api/v1/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: "the north ferry pier would reopen in May" },
    stance: "supports",
  });
  await page.goto(`/claims/${claim.id}`);
  const evidence = page.getByTestId("evidence-item");
  await expect(evidence).toHaveCount(1);

  // Edit stance and notes: the form is there once opened, from the keyboard.
  await evidence.getByText("Edit stance and notes").focus();
  await page.keyboard.press("Enter");
  await evidence.getByLabel("Internal note (staff only, never published)").fill(`Checked with the board ${marker}`);
  await evidence.getByLabel("Stance").selectOption({ label: "Context" });
  await evidence.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("region", { name: "Context" }).getByTestId("evidence-item")).toContainText(
    `Internal note (staff only): Checked with the board ${marker}`,
  );

  // A comment on the evidence item: its thread opens, the box appears, the comment shows and counts.
  const thread = page.getByRole("region", { name: "Comments on evidence" });
  await thread.getByText(/“the north ferry pier would reopen in May” \(0\)/).click();
  await thread.getByLabel(/^Comment on “the north ferry pier/).fill(`Board minutes confirm May ${marker}`);
  await thread.getByRole("button", { name: "Add comment" }).click();
  await expect(thread.getByTestId("comment")).toContainText(`Board minutes confirm May ${marker}`);
  await page.reload();
  await expect(thread.getByText(/“the north ferry pier would reopen in May” \(1\)/)).toBeVisible();

  // An appearance from the picker, which lists the newest sources.
  const appearances = page.getByRole("region", { name: "Appearances" });
  await appearances.getByText("Add an appearance").click();
  await appearances.getByLabel("Source where the claim appears").selectOption({ label: picker.title });
  await appearances.getByRole("button", { name: "Add appearance" }).click();
  await expect(appearances.getByRole("link", { name: picker.title })).toBeVisible();

  // A similar claim, related with one of its three buttons.
  const similar = page.getByTestId("similar-claim-item").filter({ hasText: twin.text });
  await expect(similar.getByRole("button")).toHaveText(["Contradicts", "Duplicates", "Refines"]);
  await similar.getByRole("button", { name: new RegExp(`^Mark as duplicates`) }).click();
  await expect(page.getByTestId("relation-item").filter({ hasText: twin.text })).toContainText("Duplicates");
  await expect(page.getByTestId("similar-claim-item").filter({ hasText: twin.text })).toHaveCount(0);

  // The other claim's page shows the relation from its side at once.
  await page.goto(`/claims/${twin.id}`);
  await expect(page.getByTestId("relation-item").filter({ hasText: text })).toBeVisible();
});
