import { DEMO_PASSWORD, expect, signIn, test } from "./support/fixtures";
import { SESSION_COOKIE } from "../lib/auth/session-cookie";

test.describe("signing in", () => {
  for (const role of ["analyst", "reviewer", "editor", "admin"] as const) {
    test(`a demo ${role} signs in and sees the desk navigation`, async ({ page }) => {
      await signIn(page, { email: `${role}@demo.claimdesk.test`, password: DEMO_PASSWORD });
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const label of ["Sources", "Claims", "Actors", "Review queue", "Cards"])
        await expect(nav.getByRole("link", { name: label })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(role === "admin" ? 1 : 0);
      await expect(page.getByRole("heading", { name: "Desk" })).toBeVisible();
    });
  }

  test("a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("analyst@demo.claimdesk.test");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is wrong, or there were too many attempts.")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page, signInAs }) => {
    await signInAs("reviewer");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You are signed out.")).toBeVisible();
    await page.goto("/claims");
    await expect(page).toHaveURL(/\/login\?next=%2Fclaims/);
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context, signInAs }) => {
    await signInAs("analyst");
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });
});
