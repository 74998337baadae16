"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { authenticate, createSession, deleteSession } from "@/lib/auth/sessions";
import { safeNextPath } from "@/lib/auth/guard";
import { parseInput } from "@/lib/validation/parse";
import { loginInput } from "@/lib/validation/users";
import { formAction, formObject } from "./action-client";

async function secureCookies() {
  if (process.env.CLAIMDESK_SECURE_COOKIES) return process.env.CLAIMDESK_SECURE_COOKIES === "1";
  return (await headers()).get("x-forwarded-proto") === "https";
}

export const login = formAction("public", async (_principal, form) => {
  const { email, password } = parseInput(loginInput, formObject(form));
  const principal = await authenticate(email, password, clientAddress(await headers()));
  const { token, expiresAt } = await createSession(principal.userId);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await secureCookies(),
    path: "/",
    expires: expiresAt,
  });
  redirect(safeNextPath(form.get("next")));
});

export async function logout() {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/login?signedOut=1");
}
