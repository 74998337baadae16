// Public cards come from Next's full-route cache with a hash-based CSP (ADR 0024): they hydrate, an
// injected inline script is refused, publishing/corrections/unpublishing show on the next load in the
// process that made them (even while readers keep loading the pages) and within PUBLIC_CACHE_SECONDS
// (30 s) in another process on the same database.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 10);
const dbDir = path.resolve(`test-results/e2e-db-${PORT}`);
const auth = () => ({ authorization: `Bearer ${readFileSync(path.join(dbDir, "admin-token"), "utf8").trim()}` });

async function api(request: APIRequestContext, method: "get" | "post", route: string, data?: unknown) {
  const res = await request[method](`/api/v1${route}`, { headers: auth(), data });
  expect(res.status(), `${route}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

/** Publishes a fresh fictional card through the API; returns its claim id and slug. */
async function publishCard(request: APIRequestContext, headline: string) {
  const marker = randomBytes(4).toString("hex");
  const source = await api(request, "post", "/sources", {
    title: `Tessary council minutes ${marker} (fictional)`,
    text: `[FICTIONAL] The council of Tessary voted 5 to 4 to close the ${marker} footbridge on Monday.`,
    allowDuplicate: true,
  });
  const claim = await api(request, "post", "/claims", {
    text: `Tessary closed the ${marker} footbridge`,
    kind: "factual",
  });
  await api(request, "post", `/claims/${claim.id}/evidence`, {
    sourceId: source.id,
    quote: { exact: `voted 5 to 4 to close the ${marker} footbridge` },
    stance: "supports",
  });
  let current = await api(request, "get", `/claims/${claim.id}`);
  await api(request, "post", `/claims/${claim.id}/status`, { to: "in_review", version: current.version });
  await api(request, "post", `/claims/${claim.id}/reviews`, {
    truthVerdict: "true",
    attributionVerdict: "accurately_attributed",
    rationale: "The minutes record the vote (fictional).",
    confidence: "high",
  });
  current = await api(request, "get", `/claims/${claim.id}`);
  await api(request, "post", `/claims/${claim.id}/publish`, {
    headline,
    truthVerdict: "true",
    attributionVerdict: "accurately_attributed",
    rationale: "The council minutes record the vote (fictional).",
    version: current.version,
  });
  return { id: claim.id as string, slug: (await api(request, "get", `/claims/${claim.id}`)).slug as string };
}

/**
 * Runs `change` while readers keep loading `paths`, so renders that began before the change are still
 * under way when it lands: none of them may be stored as the fresh copy (cache-handler.mjs, rule 4).
 */
async function whileReadersLoad<T>(paths: string[], change: () => Promise<T>) {
  let changed = false;
  const readers = paths.flatMap((route) =>
    [1, 2, 3, 4].map(async () => {
      while (!changed)
        await fetch(`${BASE}${route}`).then(
          (res) => res.arrayBuffer(),
          () => undefined,
        );
    }),
  );
  try {
    return await change();
  } finally {
    changed = true;
    await Promise.all(readers);
  }
}

async function correct(request: APIRequestContext, claimId: string, headline: string) {
  const current = await api(request, "get", `/claims/${claimId}`);
  return api(request, "post", `/claims/${claimId}/corrections`, {
    note: "The vote was 5 to 4, not 6 to 3 (fictional).",
    headline,
    version: current.version,
  });
}

test("a cached card hydrates under a hash-based CSP that refuses injected inline script", async ({
  page,
  request,
  context,
}) => {
  const { slug } = await publishCard(request, "Tessary footbridge closure confirmed");
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleViolations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
  });

  await page.goto(`/cards/${slug}`);
  // Another test publishing a card invalidates every card page (tag `cards`); it may cost a re-render.
  let again = await page.request.get(`/cards/${slug}`);
  await expect
    .poll(async () => (again = await page.request.get(`/cards/${slug}`)).headers()["x-nextjs-cache"])
    .toBe("HIT");
  const csp = again.headers()["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(again.headers()["cache-control"]).toMatch(/s-maxage=30/);

  // Hydrated: the copy button is React's, and does nothing until the page's scripts have run.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // An inline script that is not the page's own does not run, and the browser reports it.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = 'ran'";
    document.body.append(s);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.join()))
    .toContain("script-src");
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();

  // Staff pages keep the per-request nonce policy.
  const staff = await page.request.get("/login");
  expect(staff.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
});

test("publishing, a correction and unpublishing reach the cached card, list and embed at once", async ({
  page,
  request,
}) => {
  // A request that joins a render begun before the change gets that render's page (Next shares one
  // render per page); the next request must show the change, never a copy kept for 30 s.
  const showsOnNextLoad = (route: string, name: string) =>
    expect(async () => {
      await page.goto(route);
      await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });

  const run = randomBytes(3).toString("hex"); // its own headlines, so a repeated run finds only its card
  const counted = `Tessary footbridge vote counted ${run}`;
  const recounted = `Tessary footbridge vote recounted ${run}`;
  const { id, slug } = await whileReadersLoad(["/cards"], () => publishCard(request, counted));
  await showsOnNextLoad("/cards", counted);
  await page.goto(`/cards/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(counted);
  await expect.poll(async () => (await request.get(`/cards/${slug}`)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await (await request.get(`/embed/${slug}`)).text()).toContain(counted);

  await whileReadersLoad(["/cards", `/cards/${slug}`], () => correct(request, id, recounted));
  await expect(async () => {
    await page.goto(`/cards/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(recounted, {
      timeout: 500,
    });
  }).toPass({ timeout: 5_000 });
  await expect(page.getByText("version 2", { exact: false }).first()).toBeVisible();
  await showsOnNextLoad("/cards", recounted);
  await expect(async () => {
    const embed = await (await request.get(`/embed/${slug}`)).text();
    expect(embed).toContain(recounted);
    expect(embed).toContain("version 2");
  }).toPass({ timeout: 5_000 });
  await page.goto(`/cards/${slug}/v/1`);
  await expect(page.getByText("superseded", { exact: false }).first()).toBeVisible();

  const current = await api(request, "get", `/claims/${id}`);
  await api(request, "post", `/claims/${id}/status`, { to: "archived", version: current.version });
  // The page above prefetches the current card: a request may still join that render once.
  const status = async (route: string) => (await request.get(route)).status();
  await expect.poll(() => status(`/cards/${slug}`), { timeout: 5_000 }).toBe(404);
  await expect.poll(() => status(`/embed/${slug}`), { timeout: 5_000 }).toBe(404);
  await expect(async () => {
    await page.goto("/cards");
    await expect(page.getByRole("heading", { name: "Published claim cards" })).toBeVisible();
    await expect(page.getByRole("link", { name: recounted })).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
});

test("another app process on the same database serves a correction within 30 seconds", async ({ request }) => {
  test.setTimeout(120_000);
  const { id, slug } = await publishCard(request, "Tessary ferry timetable checked");
  const second = `http://127.0.0.1:${SECOND_PORT}`;
  let server: ChildProcess | undefined;
  try {
    server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(SECOND_PORT), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(dbDir, "e2e.db")}`,
        NEXT_TELEMETRY_DISABLED: "1",
        CLAIMDESK_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      },
      stdio: "ignore",
    });
    const headline = async () => {
      const html = await (await fetch(`${second}/cards/${slug}`)).text();
      return /<h1 id="card-headline">([^<]*)<\/h1>/.exec(html)?.[1];
    };
    await expect.poll(() => headline().catch(() => null), { timeout: 30_000 }).toBe("Tessary ferry timetable checked");
    await expect.poll(async () => (await fetch(`${second}/cards/${slug}`)).headers.get("x-nextjs-cache")).toBe("HIT");

    // The correction is made through the first process; the second only learns of it by its timer.
    await correct(request, id, "Tessary ferry timetable corrected");
    // The bound is 30 s plus one re-render; 15 s of slack for that render on a loaded test machine.
    const start = Date.now();
    await expect.poll(headline, { timeout: 45_000, intervals: [500] }).toBe("Tessary ferry timetable corrected");
    console.log(`second process served the correction after ${((Date.now() - start) / 1000).toFixed(1)} s`);
  } finally {
    server?.kill("SIGTERM");
  }
});
