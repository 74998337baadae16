import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Next's file-system cache plus a hash-based CSP on every cached page (ADR 0024).
  cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
  poweredByHeader: false,
  // Native and WASM-loading packages stay outside the bundle and are required at run time.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
  ],
  experimental: {
    // unauthorized()/forbidden(): the picker server actions answer 401/403, not 500 (lib/actions/action-client.ts).
    authInterrupts: true,
    // Source imports through the form carry up to a few MB of text.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      // Only the embed route may be framed (its CSP frame-ancestors says so too, see proxy.ts).
      { source: "/((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
