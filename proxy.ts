// Runs before every page: sets the Content-Security-Policy with a fresh nonce, and (convenience
// only) sends anonymous visitors of staff pages to sign-in early. Every page, action and route
// handler still checks the role itself (lib/auth, lib/services).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isFrameablePath } from "@/lib/http/csp";

const STAFF_PREFIXES = ["/sources", "/claims", "/actors", "/review", "/admin", "/search"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isStaffPage = STAFF_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isStaffPage && !req.cookies.has("claimdesk_session")) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, {
    frameable: isFrameablePath(pathname),
    dev: process.env.NODE_ENV !== "production",
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
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
