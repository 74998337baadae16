// Issue 16 acceptance: an editor assigns a claim and requests a review; the analyst sees it on
// "My work" with the unread badge; a comment mentioning the reviewer reaches the reviewer's inbox;
// none of it appears on the public card.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type TestUser } from "./support/fixtures";

const ARTICLE = `[FICTIONAL E2E ARTICLE]

The council of Orsk said the tram line would reopen on Sunday. "The trams run again this weekend," said Ilse Varn, a council spokesperson.`;

async function signedInPage(browser: Browser, baseURL: string, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function send(page: Page, baseURL: string, path: string, data: unknown, status = 201) {
  const res = await page.request.post(path, { data, headers: { origin: baseURL } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
  return res.json();
}

const handle = (email: string) => email.split("@")[0];

/** A local webhook receiver that records what it is sent. */
async function receiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise((r) => server.close(r)),
  };
}

test("assign, request a review, mention a reviewer; the public card shows none of it", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  test.setTimeout(120_000); // three people in three browser contexts on a shared 2-core machine
  const [editor, analyst, reviewer] = await Promise.all([
    makeUser("editor"),
    makeUser("analyst"),
    makeUser("reviewer"),
  ]);
  const editorPage = await signedInPage(browser, baseURL!, editor);
  // An admin registers a webhook on a local receiver (private addresses allowed for the test).
  const hooks = await receiver();
  const adminPage = await signedInPage(browser, baseURL!, await makeUser("admin"));
  const allow = await adminPage.request.put("/api/v1/webhooks/settings", {
    data: { allowPrivateAddresses: true },
    headers: { origin: baseURL! },
  });
  expect(allow.status()).toBe(200);
  const endpoint = await send(adminPage, baseURL!, "/api/v1/webhooks", {
    url: hooks.url,
    events: ["card.published", "claim.status_changed"],
  });
  const marker = randomBytes(3).toString("hex");
  const source = await send(editorPage, baseURL!, "/api/v1/sources", {
    title: `Orsk trams (fictional ${marker})`,
    text: ARTICLE,
  });
  const claim = await send(editorPage, baseURL!, "/api/v1/claims", {
    text: `Orsk trams run again this weekend ${marker}`,
    kind: "factual",
  });
  await send(editorPage, baseURL!, `/api/v1/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: "The trams run again this weekend" },
    stance: "supports",
  });
  await send(editorPage, baseURL!, `/api/v1/claims/${claim.id}/status`, { to: "in_review", version: 1 }, 200);

  // The editor assigns the analyst, asks the reviewer, sets a due date in the past (overdue).
  await editorPage.goto(`/claims/${claim.id}`);
  await editorPage.getByText("Change assignment").click();
  await editorPage.getByLabel("Assignee").selectOption(analyst.id);
  await editorPage.getByRole("checkbox", { name: new RegExp(reviewer.email) }).check();
  await editorPage.getByLabel("Due date").fill("2026-01-15");
  await editorPage.getByRole("button", { name: "Save assignment" }).click();
  await expect(editorPage.getByText("Assignment saved.")).toBeVisible();
  await expect(editorPage.getByTestId("assignment")).toContainText("E2E analyst");
  await expect(editorPage.getByTestId("assignment")).toContainText("15 Jan 2026");

  // The analyst sees the claim on My work, overdue, and the unread badge in the header.
  const analystPage = await signedInPage(browser, baseURL!, analyst);
  await expect(analystPage.getByTestId("unread-badge")).toHaveText("1");
  await analystPage.getByRole("link", { name: "My work" }).click();
  const row = analystPage.getByRole("table", { name: "Assigned to me" }).getByTestId("work-row");
  await expect(row).toContainText(`Orsk trams run again this weekend ${marker}`);
  await expect(row).toContainText("Overdue");

  // The editor mentions the reviewer, picking them from the autocomplete with the keyboard.
  const box = editorPage.getByLabel("Comment", { exact: true });
  await box.click();
  await box.pressSequentially(`Please check the council minutes @${handle(reviewer.email).slice(0, 12)}`);
  await expect(editorPage.getByRole("option", { name: new RegExp(handle(reviewer.email)) })).toBeVisible();
  await box.press("Enter");
  await box.pressSequentially(`see https://council.example/minutes-${marker} <img src=x onerror=alert(1)>`);
  await expect(box).toHaveValue(new RegExp(`@${handle(reviewer.email)} see`));
  await editorPage.getByRole("button", { name: "Add comment" }).click();
  await expect(editorPage.getByText("Comment added.")).toBeVisible();
  const comment = editorPage.getByTestId("comment").first();
  await expect(comment).toContainText("<img src=x onerror=alert(1)>");
  const link = comment.getByRole("link", { name: `https://council.example/minutes-${marker}` });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");

  // The reviewer has two unread notifications: the review request and the mention.
  const reviewerPage = await signedInPage(browser, baseURL!, reviewer);
  await expect(reviewerPage.getByTestId("unread-badge")).toHaveText("2");
  await reviewerPage.getByRole("link", { name: /Inbox/ }).click();
  const mention = reviewerPage.getByTestId("notification").filter({ hasText: "mentioned you" });
  await expect(mention).toContainText("E2E editor");
  await mention.getByRole("link").click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/claims/${claim.id}#comment-`));
  await expect(reviewerPage.getByTestId("comment").first()).toContainText("council minutes");
  await expect(reviewerPage.getByTestId("unread-badge")).toHaveText("1");

  // Review and publish; the public card carries no comment, mention, assignment or link from them.
  await send(reviewerPage, baseURL!, `/api/v1/claims/${claim.id}/reviews`, {
    truthVerdict: "true",
    attributionVerdict: "accurately_attributed",
    rationale: "The council said so (fictional).",
  });
  // Submitted and reviewed, but unpublished: nothing has left the desk.
  expect(hooks.received).toEqual([]);
  await send(editorPage, baseURL!, `/api/v1/claims/${claim.id}/publish`, {
    version: 3,
    headline: `Orsk trams return ${marker}`,
    truthVerdict: "true",
    attributionVerdict: "accurately_attributed",
    rationale: "The council timetable confirms it (fictional).",
  });
  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto(`/cards/${claim.slug}`);
  await expect(reader.getByRole("heading", { name: new RegExp(`Orsk trams return ${marker}`) })).toBeVisible();
  const html = await reader.content();
  for (const secret of [
    "council minutes",
    `minutes-${marker}`,
    handle(reviewer.email),
    "Internal comments",
    "Assignee",
  ])
    expect(html, secret).not.toContain(secret);
  const api = await reader.request.get(`/api/v1/cards/${claim.slug}`);
  expect(await api.text()).not.toContain("council minutes");

  // Publishing answered at once; the signed webhooks arrive from the background outbox.
  await expect.poll(() => hooks.received.length, { timeout: 20_000 }).toBe(2);
  const events = hooks.received.map(
    (r) => new Webhook(endpoint.secret).verify(r.body, r.headers as Record<string, string>) as { type: string },
  );
  expect(events.map((e) => e.type).sort()).toEqual(["card.published", "claim.status_changed"]);
  for (const r of hooks.received) expect(r.body).not.toContain("council minutes");
  await hooks.close();
});
