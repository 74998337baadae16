// The signed-in user for server components and server actions (cookies from next/headers).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIE } from "./session-cookie";
import { principalFromSession } from "./sessions";

export const currentPrincipal = cache(async () => {
  const jar = await cookies();
  return principalFromSession(jar.get(SESSION_COOKIE)?.value);
});
