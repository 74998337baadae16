// Issue 4 acceptance: blind reviews, publishing, the public card and its ClaimReview, corrections,
// and no lost updates when two people edit one claim.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type TestUser } from "./support/fixtures";

const ARTICLE = `[FICTIONAL E2E ARTICLE]

The harbour authority of Velmora said on Monday that the ferry to Brask would resume at dawn on Friday. "We expect the first sailing at dawn," said Pia Lund, a spokesperson for the authority, told Velmora Radio.

Officials in Brask disputed the timetable, saying repairs to the pier were not finished.`;

async function signedInPage(browser: Browser, baseURL: string, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** A one-page site on its own local port, to frame the embed from a different origin. */
async function serveHtml(html: string) {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Same-origin JSON write through the signed-in page's cookie (API writes check Origin). */
async function postJson(page: Page, baseURL: string, path: string, data: unknown) {
  const res = await page.request.post(path, { data, headers: { origin: baseURL } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return res.json();
}

/** A claim (with a marker and hostile markup in its text) with a claimant, one evidence item and an appearance. */
async function seedClaim(page: Page, baseURL: string) {
  const marker = randomBytes(3).toString("hex");
  const sourceInput = {
    title: `Velmora ferry to resume (fictional ${marker})`,
    publisher: "Velmora Post (fictional)",
    url: `https://post.example/ferry-${marker}`,
    publishedAt: "2026-11-20",
    text: ARTICLE,
    allowDuplicate: true, // every test imports the same article
  };
  const source = { ...sourceInput, id: (await postJson(page, baseURL, "/api/v1/sources", sourceInput)).id as string };
  const authority = await postJson(page, baseURL, "/api/v1/actors", {
    name: `Velmora Harbour Authority ${marker}`,
    kind: "organization",
  });
  const radio = await postJson(page, baseURL, "/api/v1/actors", { name: `Velmora Radio ${marker}`, kind: "outlet" });
  const statement = await postJson(page, baseURL, "/api/v1/statements", {
    sourceId: source.id,
    quote: { exact: "We expect the first sailing at dawn" },
    speakerId: authority.id,
    viaId: radio.id,
    cue: "said",
    kind: "direct",
  });
  // The text must survive the JSON-LD <script> intact: it tries to close it and open a comment.
  const text = `The Velmora ferry resumes at dawn on Friday </script><!-- ${marker}`;
  const claim = await postJson(page, baseURL, "/api/v1/claims", { text, kind: "factual", claimantId: authority.id });
  await postJson(page, baseURL, `/api/v1/claims/${claim.id}/appearances`, {
    sourceId: source.id,
    statementId: statement.id,
  });
  await postJson(page, baseURL, `/api/v1/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: "We expect the first sailing at dawn" },
    stance: "supports",
  });
  await postJson(page, baseURL, `/api/v1/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: "saying repairs to the pier were not finished" },
    stance: "contradicts",
  });
  return { claim: claim as { id: string; slug: string; text: string }, source, authority, marker };
}

async function review(page: Page, claimText: string, verdict: { truth: string; rationale: string }) {
  await page.goto("/review");
  const row = page.getByTestId("queue-row").filter({ hasText: claimText });
  await expect(row.getByText("To review")).toBeVisible();
  await row.getByRole("link").click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);
  return async () => {
    const form = page.getByRole("form", { name: "Your review" });
    await form.getByLabel("Truth verdict").selectOption({ label: verdict.truth });
    await form.getByLabel("Attribution verdict").selectOption({ label: "Accurately attributed" });
    await form.getByLabel("Rationale").fill(verdict.rationale);
    await form.getByLabel("Confidence").selectOption("high");
    await form.getByRole("button", { name: "Submit review" }).click();
    await expect(page.getByRole("status")).toHaveText("Your review was submitted.");
  };
}

test("a claim goes from analyst to blind reviews to a published, corrected card with valid ClaimReview", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const [analyst, reviewer1, reviewer2, editor] = await Promise.all([
    makeUser("analyst"),
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);

  // The analyst gathers the material, then submits the claim for review.
  const analystPage = await signedInPage(browser, baseURL!, analyst);
  const { claim, source, authority } = await seedClaim(analystPage, baseURL!);
  // Nothing is public before publishing: page, embed and JSON all 404.
  for (const path of [`/cards/${claim.slug}`, `/embed/${claim.slug}`, `/api/v1/cards/${claim.slug}`]) {
    expect((await analystPage.request.get(path)).status(), path).toBe(404);
  }
  await analystPage.goto(`/claims/${claim.id}/review`);
  await analystPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(analystPage.getByRole("status")).toHaveText("Status is now In review.");
  await expect(analystPage.getByText("In review", { exact: true })).toBeVisible();

  // Reviewer 1 gives a verdict first.
  const first = await signedInPage(browser, baseURL!, reviewer1);
  const submitFirst = await review(first, claim.text, {
    truth: "Unproven",
    rationale: "Only the authority itself says so (first reviewer).",
  });
  await submitFirst();

  // Reviewer 2 cannot see reviewer 1's verdict before submitting their own.
  const second = await signedInPage(browser, baseURL!, reviewer2);
  const submitSecond = await review(second, claim.text, {
    truth: "Mixed",
    rationale: "Brask disputes the timetable (second reviewer).",
  });
  await expect(second.getByTestId("blind-notice")).toContainText("1 review is hidden until you submit yours");
  await expect(second.getByTestId("review")).toHaveCount(0);
  await expect(second.getByText("first reviewer")).toHaveCount(0);
  await expect(second.getByText("Truth: Unproven")).toHaveCount(0);
  await submitSecond();
  await expect(second.getByTestId("review")).toHaveCount(2);
  await expect(second.getByText("Only the authority itself says so (first reviewer).")).toBeVisible();
  await expect(second.getByRole("note", { name: "Disagreement" })).toContainText(
    "2 reviews disagree on truth: Unproven vs Mixed",
  );

  // The editor sees every review, the disagreement and a satisfied gate, then publishes "unproven".
  const editorPage = await signedInPage(browser, baseURL!, editor);
  await editorPage.goto(`/claims/${claim.id}/review`);
  await expect(editorPage.getByTestId("review")).toHaveCount(2);
  await expect(editorPage.getByRole("region", { name: "Publish checklist" })).not.toContainText("Missing:");
  const publish = editorPage.getByRole("form", { name: "Publish card" });
  const headline = "Does the Velmora ferry resume at dawn on Friday? Unproven";
  await publish.getByLabel("Headline").fill(headline);
  await publish.getByLabel("Truth verdict").selectOption({ label: "Unproven" });
  await publish.getByLabel("Attribution verdict").selectOption({ label: "Accurately attributed" });
  await publish
    .getByLabel("Public rationale")
    .fill("Only the harbour authority gives the date; Brask officials say the pier is not repaired.");
  await publish.getByRole("button", { name: "Publish card" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Published version 1.");
  await expect(editorPage.getByRole("link", { name: "Public card, version 1" })).toBeVisible();

  // A logged-out reader opens the card; its one ClaimReview parses with every field.
  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto(`/cards/${claim.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.getByTestId("card-claim")).toContainText(claim.text);
  await expect(reader.getByText("Truth: Unproven")).toBeVisible();
  await expect(reader.getByTestId("attribution-chain")).toContainText(`via Velmora Radio`);
  await expect(reader.getByRole("link", { name: "How we check claims and correct cards" })).toHaveAttribute(
    "href",
    "/methodology",
  );
  const scripts = reader.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const raw = await scripts.textContent();
  expect(raw).not.toContain("</script");
  const ld = JSON.parse(raw!);
  expect(ld).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: claim.text,
    url: `${baseURL}/cards/${claim.slug}`,
    author: { "@type": "Organization", name: "Claimdesk" },
    reviewRating: { "@type": "Rating", alternateName: "Unproven", ratingValue: -1, bestRating: -1, worstRating: -1 },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: authority.name },
      firstAppearance: { "@type": "CreativeWork", url: source.url, headline: source.title },
      appearance: [{ "@type": "CreativeWork", url: source.url }],
    },
  });
  expect(Date.parse(ld.datePublished)).not.toBeNaN();
  expect(ld.dateModified).toBe(ld.datePublished);

  // Share image and embed work without a session.
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  const image = await reader.request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  await expect(reader.getByLabel("Embed this card")).toHaveValue(
    new RegExp(`<iframe src="${baseURL}/embed/${claim.slug}"`),
  );
  const embed = await reader.request.get(`/embed/${claim.slug}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  // Another site frames it: a page served from another local port (a public test origin would be
  // stopped by Chromium's local-network rules before our headers are even read).
  const framingSite = await serveHtml(
    `<!doctype html><title>Another site</title><iframe src="${baseURL}/embed/${claim.slug}" title="Claim card"></iframe>`,
  );
  await reader.goto(framingSite.url);
  await expect(reader.frameLocator("iframe").getByRole("heading", { name: headline })).toBeVisible();
  await framingSite.close();

  // The editor corrects the card: version 2, and version 1 says it is superseded.
  await editorPage.reload();
  const correction = editorPage.getByRole("form", { name: "Issue correction" });
  await correction
    .getByLabel("Correction note (public)")
    .fill("Brask's harbour office confirmed part of the timetable; the truth rating moves to Mixed.");
  await correction.getByLabel("Truth verdict").selectOption({ label: "Mixed" });
  await correction.getByRole("button", { name: "Publish correction (version 2)" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("Correction published as version 2.");

  // The reader saw version 1 before; the cached card must now be version 2 (a load that joins a render
  // begun before the correction may get that render once, ADR 0024; never a copy kept for 30 s).
  await expect(async () => {
    await reader.goto(`/cards/${claim.slug}`);
    await expect(reader.getByText("Truth: Mixed")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await expect(reader.getByTestId("correction-note").first()).toContainText("Brask's harbour office confirmed");
  const corrected = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(corrected.reviewRating).toMatchObject({ alternateName: "Mixed", ratingValue: 3 });
  expect(corrected.datePublished).toBe(ld.datePublished);
  expect(Date.parse(corrected.dateModified)).toBeGreaterThan(Date.parse(ld.datePublished));

  // Both feeds carry the corrected card.
  const jsonFeed = await (await reader.request.get("/api/v1/cards/feed")).json();
  expect(jsonFeed.find((r: { url: string }) => r.url === `${baseURL}/cards/${claim.slug}`)).toMatchObject({
    "@type": "ClaimReview",
    reviewRating: { alternateName: "Mixed" },
  });
  const atom = await reader.request.get("/cards/feed.xml");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain(`<id>${baseURL}/cards/${claim.slug}</id>`);

  await reader.goto(`/cards/${claim.slug}/v/1`);
  await expect(reader.getByTestId("superseded-notice")).toContainText("Superseded by version 2");
  await expect(reader.getByText("Truth: Unproven")).toBeVisible();
  expect((await reader.request.get(`/cards/${claim.slug}/v/3`)).status()).toBe(404);
  await reader.getByRole("link", { name: "read the current card (version 2)" }).click();
  await expect(reader).toHaveURL(new RegExp(`/cards/${claim.slug}$`));

  // The history lists who did what.
  await editorPage.goto(`/claims/${claim.id}/history`);
  await expect(editorPage.getByTestId("audit-event").filter({ hasText: "published a correction" })).toContainText(
    "E2E editor",
  );
});

test("two people editing one claim: the second save shows the conflict and loses nothing", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  const [alice, bob] = await Promise.all([makeUser("analyst"), makeUser("analyst")]);
  const alicePage = await signedInPage(browser, baseURL!, alice);
  const bobPage = await signedInPage(browser, baseURL!, bob);
  const claim = await postJson(alicePage, baseURL!, "/api/v1/claims", {
    text: `Brask's pier repairs finish on Thursday ${randomBytes(3).toString("hex")}`,
    kind: "factual",
  });

  await alicePage.goto(`/claims/${claim.id}/edit`);
  await bobPage.goto(`/claims/${claim.id}/edit`);

  await alicePage.getByLabel("Claim", { exact: true }).fill(`${claim.text} (per the harbour office)`);
  await alicePage.getByRole("button", { name: "Save changes" }).click();
  await expect(alicePage.getByRole("status")).toHaveText("Saved as version 2.");

  const bobText = `${claim.text}, according to Brask officials`;
  await bobPage.getByLabel("Claim", { exact: true }).fill(bobText);
  await bobPage.getByLabel("Summary", { exact: true }).fill("Bob's notes that must not be lost.");
  await bobPage.getByRole("button", { name: "Save changes" }).click();
  const notice = bobPage.getByTestId("conflict-notice");
  await expect(notice).toContainText(/Edited by E2E analyst at .+ since you opened it/);
  await expect(bobPage.getByLabel("Claim", { exact: true })).toHaveValue(bobText);

  await notice.getByRole("button", { name: "Reload latest" }).click();
  await expect(bobPage.getByLabel("Claim", { exact: true })).toHaveValue(`${claim.text} (per the harbour office)`);
  await expect(bobPage.getByLabel("Your claim text")).toHaveValue(bobText);
  await expect(bobPage.getByLabel("Your summary")).toHaveValue("Bob's notes that must not be lost.");

  await bobPage.getByLabel("Summary", { exact: true }).fill("Bob's notes that must not be lost.");
  await bobPage.getByRole("button", { name: "Save changes" }).click();
  await expect(bobPage.getByRole("status")).toHaveText("Saved as version 3.");
  await expect(bobPage.getByLabel("Summary", { exact: true })).toHaveValue("Bob's notes that must not be lost.");
});
