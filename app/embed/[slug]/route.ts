// The compact card for <iframe> embeds: the only page other sites may frame. The framing policy is
// set for the whole site in one place: proxy.ts (CSP frame-ancestors * for /embed/*, via
// lib/http/csp.ts) and next.config.js (X-Frame-Options: DENY everywhere except /embed).
import { cachedPublishedCard } from "@/lib/cards/cache";
import { renderEmbedHtml } from "@/lib/cards/embed";
import { NotFoundError } from "@/lib/errors";
import { baseUrlFromHeaders } from "@/lib/cards/base-url";
import type { NextRequest } from "next/server";

const EMBED_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  // Served from the invalidated data cache; browsers and CDNs may keep it one minute at most.
  "Cache-Control": "public, max-age=60",
} as const;

export async function GET(req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const card = await cachedPublishedCard(slug);
    return new Response(renderEmbedHtml(card, baseUrlFromHeaders(req.headers)), { headers: EMBED_HEADERS });
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    return new Response("<!doctype html><title>Not found</title><p>This claim card is not published.</p>", {
      status: 404,
      headers: { ...EMBED_HEADERS, "Cache-Control": "no-store" },
    });
  }
}
