import { atomFeed } from "@/lib/cards/feed";
import { listPublishedCardDetails, organizationName } from "@/lib/services/cards";
import { getDb } from "@/lib/db/client";
import { baseUrlFromHeaders } from "@/lib/cards/base-url";
import type { NextRequest } from "next/server";

export const dynamic = "force-dynamic";

/** Atom feed of published cards (latest version each), newest first. */
export async function GET(req: NextRequest) {
  const [cards, org] = await Promise.all([listPublishedCardDetails(), getDb().then(organizationName)]);
  return new Response(atomFeed(cards, baseUrlFromHeaders(req.headers), org), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
