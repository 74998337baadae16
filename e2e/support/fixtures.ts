// Each test gets its own users, created through the admin API and disabled afterwards.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { test as base, expect, type Page, type APIRequestContext } from "@playwright/test";

export const DEMO_PASSWORD = "claimdesk-demo";
export type Role = "analyst" | "reviewer" | "editor" | "admin";
export type TestUser = { id: string; email: string; password: string; role: Role };

// One folder per port, so two Playwright runs in one tree do not collide (scripts/e2e-server.mjs).
const adminToken = () => readFileSync(`test-results/e2e-db-${process.env.E2E_PORT ?? 3100}/admin-token`, "utf8").trim();

async function createUser(request: APIRequestContext, role: Role): Promise<TestUser> {
  const email = `${role}-${randomBytes(4).toString("hex")}@e2e.claimdesk.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const res = await request.post("/api/v1/users", {
    headers: { authorization: `Bearer ${adminToken()}` },
    data: { email, role, password, name: `E2E ${role}` },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { id: (await res.json()).id, email, password, role };
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const test = base.extend<{
  makeUser: (role: Role) => Promise<TestUser>;
  signInAs: (role: Role) => Promise<TestUser>;
}>({
  makeUser: async ({ request }, use) => {
    const made: TestUser[] = [];
    await use(async (role) => {
      const user = await createUser(request, role);
      made.push(user);
      return user;
    });
    // A reused keep-alive connection the server has just closed fails with ECONNRESET; a DELETE may be sent again.
    for (const user of made)
      await request.delete(`/api/v1/users/${user.id}`, {
        headers: { authorization: `Bearer ${adminToken()}` },
        maxRetries: 2,
      });
  },
  signInAs: async ({ page, makeUser }, use) => {
    await use(async (role) => {
      const user = await makeUser(role);
      await signIn(page, user);
      return user;
    });
  },
});

export { expect };
