import { atomFeed } from "@/lib/cards/feed";
import { publishedCardFeed } from "@/lib/services/cards";
import { publicBaseUrl } from "@/lib/http/origin";
import type { NextRequest } from "next/server";

export const dynamic = "force-dynamic";

/** Atom feed of published cards (latest version each), newest first. */
export async function GET(req: NextRequest) {
  const { cards, organization } = await publishedCardFeed();
  return new Response(atomFeed(cards, publicBaseUrl(req.headers), organization), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
