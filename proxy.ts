// Runs before every request: refuses what Next.js itself would answer with a 500 (undecodable paths,
// oversized or cross-origin server action posts; lib/http/request-guard.ts), sets the
// Content-Security-Policy with a fresh nonce on pages rendered per request (cached public pages bring
// their own hash-based policy, ADR 0024), and (convenience only) sends anonymous
// visitors of staff pages to sign-in early. Every page, action and route handler still checks the
// role itself (lib/auth, lib/services).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, embedPolicy, isCachedPublicPage, isFrameablePath } from "@/lib/http/csp";
import { pathRefusal, serverActionRefusal } from "@/lib/http/request-guard";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

const STAFF_PREFIXES = ["/sources", "/claims", "/actors", "/review", "/admin", "/search"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const refusal = pathRefusal(pathname) ?? serverActionRefusal(req.method, req.headers);
  if (refusal) {
    const api = pathname.startsWith("/api/");
    return new NextResponse(
      api ? JSON.stringify({ error: { code: refusal.code, message: refusal.message } }) : refusal.message,
      {
        status: refusal.status,
        headers: { "content-type": api ? "application/json" : "text/plain; charset=utf-8" },
      },
    );
  }
  // API routes set their own headers (next.config.js) and check the caller themselves.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const isStaffPage = STAFF_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isStaffPage && !req.cookies.has(SESSION_COOKIE)) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const dev = process.env.NODE_ENV !== "production";
  if (!dev && isCachedPublicPage(pathname)) {
    // The cached copy carries its policy (cache-handler.mjs). A CSP request header would make Next
    // put that nonce into the copy every later reader gets, so none passes through.
    const requestHeaders = new Headers(req.headers);
    requestHeaders.delete("content-security-policy");
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (isFrameablePath(pathname)) {
    // The embed runs no script, so its policy allows none and needs no nonce (it is cached too).
    const res = NextResponse.next();
    res.headers.set("Content-Security-Policy", embedPolicy());
    return res;
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, {
    frameable: isFrameablePath(pathname),
    dev,
  });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
