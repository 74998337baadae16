// Hostile markup in source text, claim text, notes and actor names renders inert everywhere a
// person or a crawler meets it; pages carry the security headers.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const SCRIPT = `<script>window.__xss = "script"</script>`;
const IMG = `<img src=x onerror="window.__xss='img'">`;
const CLOSER = `</script><script>window.__xss="closer"</script>`;
const ARTICLE = `[FICTIONAL XSS ARTICLE]

The mayor of Orlen said ${SCRIPT} at the hearing.

"We will rebuild ${IMG} the bridge," said the mayor, according to the ${CLOSER} Gazette.`;

async function api(page: Page, baseURL: string, method: "post" | "get", path: string, data?: unknown) {
  const res = await page.request[method](path, { data, headers: { origin: baseURL } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

async function expectInert(page: Page, path: string, visibleText: string) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByText(visibleText, { exact: false }).first()).toBeVisible();
  // Two separate defences, checked separately: the markup is escaped (no element was created from
  // it), and even so nothing ran (CSP would also block inline handlers).
  expect(await page.locator('img[src="x"]').count(), `${path} created an <img> from text`).toBe(0);
  expect(
    await page.evaluate(() =>
      [...document.scripts].some((s) => (s.textContent ?? "").trim().startsWith("window.__xss")),
    ),
    `${path} created a <script> from text`,
  ).toBe(false);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
    `${path} ran injected script`,
  ).toBeUndefined();
  expect(dialogs, path).toEqual([]);
}

test("hostile markup renders as text on the reader, claim page, dispute, card, embed and OG image", async ({
  page,
  baseURL,
  signInAs,
}) => {
  test.setTimeout(90_000);
  await signInAs("editor");
  const marker = Date.now().toString(36);
  const badUrl = await page.request.post("/api/v1/sources", {
    data: { title: "x", text: "y", url: "javascript:alert(1)" },
    headers: { origin: baseURL! },
  });
  expect(badUrl.status()).toBe(422);

  const source = await api(page, baseURL!, "post", "/api/v1/sources", {
    title: `Orlen hearing ${IMG} ${marker}`,
    text: ARTICLE,
    allowDuplicate: true,
    publisher: `Gazette ${SCRIPT}`,
    url: "https://gazette.example/orlen",
    publishedAt: "2026-11-01",
  });
  const actor = await api(page, baseURL!, "post", "/api/v1/actors", { name: `Mayor ${IMG} ${marker}`, kind: "person" });
  const claim = await api(page, baseURL!, "post", "/api/v1/claims", {
    text: `The mayor promised a bridge ${CLOSER} ${marker}`,
    kind: "quote_attribution",
    claimantId: actor.id,
  });
  await api(page, baseURL!, "post", `/api/v1/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: `said ${SCRIPT} at the hearing` },
    stance: "supports",
    note: `Note ${IMG}`,
  });
  await api(page, baseURL!, "post", "/api/v1/statements", {
    sourceId: source.id,
    quote: { exact: `We will rebuild ${IMG} the bridge` },
    speakerId: actor.id,
    cue: "said",
    kind: "direct",
  });
  let current = await api(page, baseURL!, "get", `/api/v1/claims/${claim.id}`);
  await api(page, baseURL!, "post", `/api/v1/claims/${claim.id}/status`, { to: "in_review", version: current.version });
  await api(page, baseURL!, "post", `/api/v1/claims/${claim.id}/reviews`, {
    truthVerdict: "unproven",
    attributionVerdict: "accurately_attributed",
    rationale: `Checked ${SCRIPT}`,
    confidence: "low",
  });
  current = await api(page, baseURL!, "get", `/api/v1/claims/${claim.id}`);
  await api(page, baseURL!, "post", `/api/v1/claims/${claim.id}/publish`, {
    headline: `Bridge promise ${IMG}`,
    truthVerdict: "unproven",
    attributionVerdict: "accurately_attributed",
    rationale: `Rationale ${CLOSER}`,
    version: current.version,
  });

  await expectInert(page, `/sources/${source.id}`, `said ${SCRIPT} at the hearing`);
  await expectInert(page, `/claims/${claim.id}`, `The mayor promised a bridge ${CLOSER}`);
  await expectInert(page, `/claims/${claim.id}/dispute`, `said ${SCRIPT} at the hearing`);
  await expectInert(page, `/actors/${actor.id}`, `Mayor ${IMG}`);
  await expectInert(page, `/cards/${claim.slug}`, `Rationale ${CLOSER}`);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd).toHaveLength(1);
  expect(JSON.parse(jsonLd[0]).claimReviewed).toContain(`The mayor promised a bridge ${CLOSER}`);
  await expectInert(page, `/embed/${claim.slug}`, `Bridge promise ${IMG}`);
  await expectInert(page, `/search?q=${marker}`, "Orlen hearing");

  const og = await page.request.get(`/cards/${claim.slug}/opengraph-image`);
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toContain("image/png");
});

test("pages send CSP, nosniff and frame rules; only the embed may be framed", async ({ request }) => {
  const card = await request.get("/cards");
  // Cached public pages: hashes of their own inline scripts, no nonce, no 'unsafe-inline' (ADR 0024).
  const csp = card.headers()["content-security-policy"];
  expect(csp).toMatch(/(^|; )script-src 'self'( 'sha256-[^']+')+;/);
  expect(csp).not.toContain("nonce-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // Pages rendered per request keep the per-request nonce.
  expect((await request.get("/login")).headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  expect(card.headers()["x-content-type-options"]).toBe("nosniff");
  expect(card.headers()["x-frame-options"]).toBe("DENY");
  expect((await request.get("/api/v1/cards")).headers()["x-content-type-options"]).toBe("nosniff");
  const cards = await (await request.get("/api/v1/cards")).json();
  const embed = await request.get(`/embed/${cards.items[0].slug}`);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"] ?? "frame-ancestors *").toContain("frame-ancestors *");
});

test("a page's own scripts run under the CSP (no violations on sign-in)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/login");
  await page.getByLabel("Email").fill("analyst@demo.claimdesk.test");
  await page.getByLabel("Password").fill("claimdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(violations).toEqual([]);
});
