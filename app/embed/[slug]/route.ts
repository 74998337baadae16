// The compact card for <iframe> embeds: the only page other sites may frame. The framing policy is
// set for the whole site in one place: proxy.ts (CSP frame-ancestors * for /embed/*, via
// lib/http/csp.ts) and next.config.js (X-Frame-Options: DENY everywhere except /embed).
// Served from Next's full-route cache like the card page (ADR 0024), so it reads nothing from the
// request: links use the configured public URL (lib/cards/base-url.ts).
import { cachedPublishedCard } from "@/lib/cards/cache";
import { renderEmbedHtml } from "@/lib/cards/embed";
import { NotFoundError } from "@/lib/errors";
import { cachedPageBaseUrl } from "@/lib/cards/base-url";

// Invalidated with the card's tags; re-rendered at most every 30 s (PUBLIC_CACHE_SECONDS).
export const revalidate = 30;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

const HTML = { "Content-Type": "text/html; charset=utf-8" } as const;

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const card = await cachedPublishedCard(slug);
    return new Response(renderEmbedHtml(card, cachedPageBaseUrl()), { headers: HTML });
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    return new Response("<!doctype html><title>Not found</title><p>This claim card is not published.</p>", {
      status: 404,
      headers: HTML,
    });
  }
}
