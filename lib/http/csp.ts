// Content-Security-Policy for pages: scripts only with the per-request nonce (Next.js attaches it to
// its own scripts), no plugins, no foreign forms. Only /embed/* may be framed, by anyone.
export function contentSecurityPolicy(nonce: string, options: { frameable: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are used for layout; they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameable ? "*" : "'none'"}`,
  ].join("; ");
}

export const isFrameablePath = (pathname: string) => pathname === "/embed" || pathname.startsWith("/embed/");
