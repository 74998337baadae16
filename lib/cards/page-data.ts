// Loading a public card for pages and image routes: from the cache, with "not found" as a 404.
import "server-only";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/http/not-found";
import { cachedPublishedCard } from "./cache";

export async function loadPublicCard(slug: string, versionParam?: string) {
  let version: number | undefined;
  if (versionParam !== undefined) {
    // Only canonical positive integers: "01" or "1.0" would create duplicate cache entries and URLs.
    if (!/^[1-9]\d{0,5}$/.test(versionParam)) notFound();
    version = Number(versionParam);
  }
  return orNotFound(cachedPublishedCard(slug, version));
}
