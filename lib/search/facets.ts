// SQLite only: filter values stored as tokens in each FTS document's "facets" column (written by the
// triggers of prisma/migrations/20261121120000_search), so a filter is an intersection in the index
// instead of a walk over every match. The SQL WHERE clauses still apply the exact filter afterwards;
// facets only narrow the candidates. Tokens are letters and digits only, so unicode61 keeps them whole.
import { isoDay } from "@/lib/format";
import type { SearchType } from "./schema-objects";
import type { SearchFilters } from "./types";

const token = (prefix: string, value: string) => `${prefix}${value.toLowerCase().replace(/_/g, "")}`;
const PLAIN = /^[a-z0-9_]+$/i;

/** Open ends of a date range are closed here; rows dated outside are not found by a date filter. */
export const FACET_MIN_DATE = Date.UTC(1900, 0, 1);
export const FACET_MAX_DATE = Date.UTC(2099, 11, 31);

const DAY = 86_400_000;
const ymd = (t: number) => isoDay(t).replace(/-/g, "");
const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

/**
 * The fewest decade, year, month and day tokens (`zzc202`, `zzy2021`, `zzm202103`, `zzd20210331`) that
 * cover the UTC days from `from` to `to`, both included: whole decades, then whole years, whole months and
 * single days at the ends. At most about 110 tokens for any range within 1900-2099.
 */
export function dateFacetTokens(from: Date | undefined, to: Date | undefined): string[] {
  const first = Math.max(FACET_MIN_DATE, Math.floor((from?.getTime() ?? FACET_MIN_DATE) / DAY) * DAY);
  const last = Math.min(FACET_MAX_DATE, Math.floor((to?.getTime() ?? FACET_MAX_DATE) / DAY) * DAY);
  const tokens: string[] = [];
  for (let day = first; day <= last;) {
    const d = new Date(day);
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
    if (m === 0 && dd === 1 && y % 10 === 0 && utc(y + 10) - DAY <= last) {
      tokens.push(`zzc${String(y).slice(0, 3)}`);
      day = utc(y + 10);
    } else if (m === 0 && dd === 1 && utc(y + 1) - DAY <= last) {
      tokens.push(`zzy${y}`);
      day = utc(y + 1);
    } else if (dd === 1 && utc(y, m + 1) - DAY <= last) {
      tokens.push(`zzm${ymd(day).slice(0, 6)}`);
      day = utc(y, m + 1);
    } else {
      tokens.push(`zzd${ymd(day)}`);
      day += DAY;
    }
  }
  return tokens;
}

/**
 * Groups of tokens for the filters of one type: a document must hold one token of every group.
 * `null` means "nothing can match" (a value no token can represent). `tagId` is the id of the tag
 * named in the filter, looked up by the caller (null when no tag has that name).
 */
export function facetGroups(type: SearchType, filters: SearchFilters, tagId?: string | null): string[][] | null {
  const groups: string[][] = [];
  if (type === "claim") {
    if (filters.status) groups.push([token("zzs", filters.status)]);
    if (filters.verdict) groups.push([token("zzv", filters.verdict)]);
    if (filters.tag) {
      if (!tagId || !PLAIN.test(tagId)) return null;
      groups.push([token("zzt", tagId)]);
    }
  }
  if (filters.actor && (type === "claim" || type === "statement")) {
    if (!PLAIN.test(filters.actor)) return null;
    groups.push([token("zza", filters.actor)]);
  }
  if (filters.from || filters.to) {
    const dates = dateFacetTokens(filters.from, filters.to);
    if (!dates.length) return null;
    groups.push(dates);
  }
  return groups;
}

/** The facet part of an FTS5 expression: `AND ("a") AND ("b" OR "c")`, or "" without facets. */
export const facetExpression = (groups: string[][]) =>
  groups.map((g) => ` AND (${g.map((t) => `"${t}"`).join(" OR ")})`).join("");
