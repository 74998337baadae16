// Convenience only: sends anonymous visitors of staff pages to sign-in early. Every page,
// action and route handler still checks the role itself (lib/auth, lib/services).
import { NextResponse, type NextRequest } from "next/server";

const STAFF_PREFIXES = ["/sources", "/claims", "/actors", "/review", "/admin"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isStaffPage = STAFF_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isStaffPage && !req.cookies.has("claimdesk_session")) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };
