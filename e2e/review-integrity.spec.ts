// Issue 10 items 8 and 9 in the browser: the edit page warns before a reviewed field changes, the
// change makes the review stale for the editor, and a verdict changed after reading the others shows.
import { randomBytes } from "node:crypto";
import { expect, signIn, test, type TestUser } from "./support/fixtures";

const REVIEW = { attributionVerdict: "accurately_attributed", rationale: "Fictional reasons.", confidence: "medium" };

test("an edit of a reviewed claim is announced, resets it to draft and marks the review stale", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const [analyst, reviewer, reviewer2, editor] = await Promise.all([
    makeUser("analyst"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
  const as = async (user: TestUser) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, user);
    const call = async (method: string, path: string, data?: unknown) => {
      const r = await page.request.fetch(path, { method, data, headers: { origin: baseURL! } });
      expect(r.status(), `${method} ${path}: ${await r.text()}`).toBeLessThan(300);
      return r.json();
    };
    return { page, call };
  };
  const a = await as(analyst);
  const text = `The Brask pier reopens on Friday (fictional ${randomBytes(3).toString("hex")})`;
  const claim = await a.call("POST", "/api/v1/claims", { text, kind: "factual" });
  await a.call("POST", `/api/v1/claims/${claim.id}/status`, { to: "in_review", version: 1 });

  // Reviewer 1 reviews; reviewer 2 files a throwaway, reads the others, then changes to match.
  const r1 = await as(reviewer);
  await r1.call("POST", `/api/v1/claims/${claim.id}/reviews`, { ...REVIEW, truthVerdict: "unproven" });
  const r2 = await as(reviewer2);
  await r2.call("POST", `/api/v1/claims/${claim.id}/reviews`, { ...REVIEW, truthVerdict: "false" });
  await r2.page.goto(`/claims/${claim.id}/review`);
  await expect(r2.page.getByTestId("review")).toHaveCount(2);
  await r2.call("POST", `/api/v1/claims/${claim.id}/reviews`, { ...REVIEW, truthVerdict: "unproven" });

  const e = await as(editor);
  await e.page.goto(`/claims/${claim.id}/review`);
  // Only reviewer 2's verdict moved after reading the others.
  await expect(e.page.getByTestId("changed-after-seeing-others")).toHaveCount(1);
  await expect(e.page.getByTestId("changed-after-seeing-others")).toContainText("changed this verdict after reading");

  // The analyst is told before saving what a text change does, then saves one.
  await a.page.goto(`/claims/${claim.id}/edit`);
  await expect(a.page.getByTestId("reviewed-fields-notice")).toContainText("sends this claim back to draft");
  await a.page.getByRole("textbox", { name: "Claim", exact: true }).fill(`${text} at noon`);
  await a.page.getByRole("button", { name: "Save changes" }).click();
  await expect(a.page.getByRole("status")).toContainText("Saved as version");

  await e.page.reload();
  await expect(e.page.getByTestId("stale-review")).toHaveCount(2);
  await expect(e.page.getByText("Draft", { exact: true }).first()).toBeVisible();
});
