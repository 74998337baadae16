// Reads other organisations' published fact-checks into one shape: schema.org ClaimReview (JSON-LD,
// alone, in arrays or @graph) and the Google Fact Check Tools claim search response
// ({ claims: [{ text, claimant, claimDate, claimReview: [{ publisher, url, textualRating, ... }] }] }).

export type ExternalRating = {
  organization: string;
  organizationUrl: string | null;
  url: string | null;
  title: string | null;
  ratingText: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  reviewedAt: string | null;
};

export type ImportedClaim = {
  text: string;
  claimant: { name: string; kind: "person" | "organization" } | null;
  claimDate: string | null;
  appearances: string[];
  review: ExternalRating;
  format: "schema.org" | "google_fact_check";
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const types = (o: Json) => list(o["@type"]).filter((t): t is string => typeof t === "string");
const httpUrl = (v: unknown): string | null => {
  const s = str(v);
  if (!s) return null;
  try {
    const url = new URL(s);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
};
const dateOf = (v: unknown): string | null => {
  const s = str(v);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

function nameOf(v: unknown): string | null {
  for (const item of list(v)) {
    const name = str(item) ?? (isObject(item) ? str(item.name) : null);
    if (name) return name;
  }
  return null;
}

/** Every ClaimReview object in a JSON-LD document (top level, arrays, @graph). */
export function findClaimReviews(doc: unknown): Json[] {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 5) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      if (types(v).includes("ClaimReview")) found.push(v);
      if (v["@graph"]) visit(v["@graph"], depth + 1);
    }
  };
  visit(doc, 0);
  return found;
}

function fromClaimReview(r: Json): ImportedClaim | null {
  const item = list(r.itemReviewed).find(isObject) ?? {};
  const text = str(r.claimReviewed) ?? str(item.name) ?? str(item.text);
  const organization = nameOf(r.author) ?? nameOf(r.publisher);
  if (!text || !organization) return null;
  const author = list(r.author).find(isObject);
  const rating = list(r.reviewRating).find(isObject) ?? {};
  const claimantRaw = list(item.author).find((a) => isObject(a) || typeof a === "string");
  const claimantName = nameOf(claimantRaw);
  const appearances = [...list(item.appearance), ...list(item.firstAppearance)]
    .map((a) => httpUrl(isObject(a) ? a.url : a))
    .filter((u): u is string => !!u);
  return {
    text,
    claimant: claimantName
      ? {
          name: claimantName,
          kind: isObject(claimantRaw) && types(claimantRaw).includes("Person") ? "person" : "organization",
        }
      : null,
    claimDate: dateOf(item.datePublished),
    appearances: [...new Set(appearances)],
    review: {
      organization,
      organizationUrl: isObject(author) ? httpUrl(author.url) : null,
      url: httpUrl(r.url),
      title: str(r.name) ?? str(r.headline),
      ratingText: str(rating.alternateName) ?? str(rating.name),
      ratingValue: num(rating.ratingValue),
      bestRating: num(rating.bestRating),
      worstRating: num(rating.worstRating),
      reviewedAt: dateOf(r.datePublished),
    },
    format: "schema.org",
  };
}

function fromGoogleClaims(doc: Json): ImportedClaim[] {
  const out: ImportedClaim[] = [];
  for (const c of list(doc.claims).filter(isObject)) {
    const text = str(c.text);
    if (!text) continue;
    for (const r of list(c.claimReview).filter(isObject)) {
      const publisher = isObject(r.publisher) ? r.publisher : {};
      const organization = str(publisher.name) ?? str(publisher.site);
      if (!organization) continue;
      const site = str(publisher.site);
      const claimant = str(c.claimant);
      out.push({
        text,
        claimant: claimant ? { name: claimant, kind: "person" } : null,
        claimDate: dateOf(c.claimDate),
        appearances: [],
        review: {
          organization,
          organizationUrl: site ? httpUrl(site.includes("://") ? site : `https://${site}`) : null,
          url: httpUrl(r.url),
          title: str(r.title),
          ratingText: str(r.textualRating),
          ratingValue: null,
          bestRating: null,
          worstRating: null,
          reviewedAt: dateOf(r.reviewDate),
        },
        format: "google_fact_check",
      });
    }
  }
  return out;
}

/** Parsed JSON of either format; an empty list when it holds no usable fact-check. */
export function claimsFromJson(doc: unknown): ImportedClaim[] {
  if (isObject(doc) && Array.isArray(doc.claims)) return fromGoogleClaims(doc);
  return findClaimReviews(doc)
    .map(fromClaimReview)
    .filter((c): c is ImportedClaim => !!c);
}
