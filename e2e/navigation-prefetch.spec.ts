// The header's links prefetch their page when the person shows intent (pointer over, focus), never on
// sight: prefetching eight pages on every view competed with the page itself while it loaded (ADR 0034).
import { expect, test } from "./support/fixtures";

test("the header prefetches a page when the pointer is over its link, not when it is shown", async ({
  page,
  signInAs,
}) => {
  await signInAs("analyst");
  // The header's pages (the page's own links, e.g. to each source, keep Next's default).
  const header = ["/", "/sources", "/claims", "/actors", "/review", "/cards", "/my-work", "/inbox"];
  const prefetched: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc") && header.includes(url.pathname)) prefetched.push(url.pathname);
  });
  await page.goto("/sources");
  await page.waitForLoadState("load");
  // A viewport prefetch would start right after hydration; give it time to show itself.
  await page.waitForTimeout(1500);
  expect(prefetched).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Claims" }).hover();
  await expect.poll(() => prefetched).toContain("/claims");
  await nav.getByRole("link", { name: "Actors" }).focus();
  await expect.poll(() => prefetched).toContain("/actors");
  expect(prefetched).not.toContain("/review");

  // Navigation itself is unchanged: a click goes there.
  await nav.getByRole("link", { name: "Claims" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(nav.getByRole("link", { name: "Claims" })).toHaveAttribute("aria-current", "page");
});
