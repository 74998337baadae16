// Sign-in under attack, through the real server: safe `next` redirects (also for a signed-in visit),
// one refusal message, and backoff keyed by the client's socket address (stamped by instrumentation.ts).
import path from "node:path";
import Database from "better-sqlite3";
import { expect, signIn, test } from "./support/fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const e2eDatabase = () =>
  new Database(path.join(process.cwd(), "test-results", `e2e-db-${PORT}`, "e2e.db"), { readonly: true });
const REFUSAL = "Email or password is wrong, or there were too many attempts.";
const HOSTILE_NEXT = [
  "/\t/evil.example",
  "//evil.example",
  "/\\evil.example",
  "javascript:alert(1)",
  "/\n/evil.example",
];

test.describe("sign-in hardening", () => {
  // Several full sign-ins (scrypt each) per test on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  test("never leaves the site after signing in, whatever ?next= says", async ({ page, makeUser, baseURL }) => {
    const user = await makeUser("analyst");
    const origin = new URL(baseURL!).origin;
    for (const next of HOSTILE_NEXT) {
      await page.context().clearCookies();
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(new URL(page.url()).origin, `next=${JSON.stringify(next)}`).toBe(origin);
    }
  });

  test("a signed-in visit to /login?next= stays on the site and never fails", async ({ page, signInAs, baseURL }) => {
    await signInAs("reviewer");
    const origin = new URL(baseURL!).origin;
    for (const next of [...HOSTILE_NEXT, "/claims?q=\u4e2d\u6587", "/\u00e9t\u00e9"]) {
      const response = await page.goto(`/login?next=${encodeURIComponent(next)}`);
      expect(response!.status(), `next=${JSON.stringify(next)}`).toBeLessThan(500);
      expect(new URL(page.url()).origin).toBe(origin);
    }
  });

  test("guessing backs off per client address, with one message for every refusal", async ({ page, makeUser }) => {
    const user = await makeUser("editor");
    for (const [email, password] of [
      ["nobody-at-all@velmora.test", "a guess"],
      ...Array.from({ length: 6 }, (_, i) => [user.email, `guess ${i}`]),
      [user.email, user.password],
    ]) {
      // A fresh page each time, so the refusal seen is this attempt's and not the previous one's.
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText(REFUSAL)).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    }
    // The failures are counted against this browser's real address, not one shared bucket.
    const db = e2eDatabase();
    try {
      const rows = db
        .prepare("SELECT key, points FROM LoginThrottle WHERE key LIKE ?")
        .all(`login-pair:%|${user.email}`);
      expect(rows).toHaveLength(1);
      const { key } = rows[0] as { key: string };
      expect(key).toMatch(/^login-pair:(::ffff:)?127\.0\.0\.1\||^login-pair:::1\|/);
    } finally {
      db.close();
    }
    // The account itself is not locked: a different client address would still get in (service test
    // lib/auth/login-throttle.db.test.ts); here the same address must wait.
    await expect(signIn(page, user)).rejects.toThrow();
  });
});
