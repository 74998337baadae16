// PostgreSQL: generated tsvector columns with GIN indexes (prisma/postgresql/migrations/20261121120000_search),
// ranked with ts_rank and shown with ts_headline. Text kept in another table (tags, revision text,
// aliases, speaker names) is matched through that table's own column: each "path" below yields
// (id, rank) candidates, at most PG_CANDIDATE_CAP per path, and a row's ranks are summed.
// A search is two statements whatever the number of types: ranked rows, snippets. It reads through a
// pool of its own (lib/search/postgres-reader.ts).
import { MARK_END, MARK_START } from "./highlight";
import { asWholeWords, toTsqueryParts, type ParsedQuery, type TsqueryPart } from "./query";
import type { SearchType } from "./schema-objects";
import { fieldsSql, filterSql, Params, shape, str, TYPE_SQL } from "./sql";
import type { Candidate, RawQueryable, SearchBackend, SearchFilters } from "./types";

/**
 * At most this many matches per path are ranked. Without a cap, a very common word would make
 * ts_rank read every matching row; with it the cost of a query stays bounded at any table size.
 */
export const PG_CANDIDATE_CAP = 300;
/** What a match in a long text (weight D) counts for on a "constant" path: ts_rank's typical D-weight score. */
const CONSTANT_RANK = 0.06;
/** Long texts are cut around the first query word before ts_headline parses them. */
const HEADLINE_WINDOW = 1500;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * `rank`: how to score a candidate of this path; "constant" paths are not ranked by ts_rank (their rows
 * are long texts: reading every candidate's large tsvector is what made a search slow), so only the
 * page's worth of them is fetched.
 */
type Path = { from: string; vector: string; extra?: string; rank?: "constant" };
type Config = {
  paths: Path[];
  /** Texts to headline, in order of preference; `q` is the tsquery, `w` the first query word (lower case). */
  headlines: (q: string, w: string, opts: string) => string[];
};

const headline = (text: string, q: string, opts: string) => `ts_headline('simple'::regconfig, ${text}, ${q}, ${opts})`;
const windowed = (text: string, w: string) =>
  `substr(${text}, greatest(1, strpos(lower(left(${text}, 120000)), ${w}) - 300), ${HEADLINE_WINDOW})`;

const CONFIG: Record<SearchType, Config> = {
  claim: {
    paths: [
      { from: `"Claim" c`, vector: `c."search_tsv"` },
      {
        from: `"Tag" t JOIN "ClaimTag" ct ON ct."tagId" = t."id" JOIN "Claim" c ON c."id" = ct."claimId"`,
        vector: `t."search_tsv"`,
      },
    ],
    headlines: (q, _w, o) => [
      headline(`coalesce(c."summary", '')`, q, o),
      headline(
        `coalesce((SELECT string_agg(t."name", ', ' ORDER BY t."name") FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), '')`,
        q,
        o,
      ),
    ],
  },
  source: {
    paths: [
      { from: `"Source" s`, vector: `s."search_tsv"` },
      {
        from: `"SourceRevision" r JOIN "Source" s ON s."id" = r."sourceId"`,
        vector: `r."search_tsv"`,
        rank: "constant",
        extra: `NOT EXISTS (SELECT 1 FROM "SourceRevision" r2 WHERE r2."sourceId" = r."sourceId" AND r2."number" > r."number")`,
      },
    ],
    headlines: (q, w, o) => {
      const text = `coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), '')`;
      return [headline(windowed(text, w), q, o), headline(`coalesce(s."publisher", '')`, q, o)];
    },
  },
  statement: {
    paths: [
      { from: `"Statement" st`, vector: `st."search_tsv"` },
      { from: `"Actor" spk JOIN "Statement" st ON st."speakerId" = spk."id"`, vector: `spk."search_tsv"` },
    ],
    headlines: (q, w, o) => [headline(windowed(`st."exact"`, w), q, o)],
  },
  evidence: {
    paths: [{ from: `"Evidence" e`, vector: `e."search_tsv"` }],
    headlines: (q, w, o) => [headline(windowed(`e."exact"`, w), q, o), headline(`coalesce(e."note", '')`, q, o)],
  },
  actor: {
    paths: [
      { from: `"Actor" a`, vector: `a."search_tsv"` },
      { from: `"ActorAlias" al JOIN "Actor" a ON a."id" = al."actorId"`, vector: `al."search_tsv"` },
    ],
    headlines: (q, _w, o) => [
      headline(
        `coalesce((SELECT string_agg(al."alias", ', ' ORDER BY al."alias") FROM "ActorAlias" al WHERE al."actorId" = a."id"), '')`,
        q,
        o,
      ),
    ],
  },
};

/**
 * The tsquery for a parsed query; every user text is a bound parameter. With `variants`, each term also
 * matches its spelling variants (lib/search/query.ts); without, only the words as typed (for ts_rank,
 * so a variant match never outranks the spelling the user typed).
 */
function tsquery(p: Params, query: ParsedQuery, { variants = true } = {}): string {
  const one = ({ fn, arg }: TsqueryPart) => `${fn}('simple'::regconfig, ${p.add(arg)})`;
  const parts = toTsqueryParts(query).map((part) =>
    variants && part.variants?.length ? `(${[part, ...part.variants].map(one).join(" || ")})` : one(part),
  );
  return `(${parts.join(" && ")})`;
}

/** All types' best rows in one statement (exported for plan tests). */
export function postgresRankSql(types: SearchType[], query: ParsedQuery, filters: SearchFilters, limit: number) {
  const p = new Params("postgresql");
  const q = tsquery(p, query);
  const exact = query.terms.some((t) => t.variants?.length) ? tsquery(p, query, { variants: false }) : q;
  // A prefix ('attacks':*) is a GIN partial match: every matching entry's rows go into a bitmap before
  // the first row (12.6 ms against 2 ms for the whole word over 16,664 claims). Candidates are any
  // PG_CANDIDATE_CAP matches of a path, so those matching the typed word whole are taken first.
  const typedWhole = asWholeWords(query);
  const whole = typedWhole ? tsquery(p, typedWhole) : null;
  const cap = p.add(PG_CANDIDATE_CAP);
  const n = p.add(limit);
  const ctes: string[] = [];
  const selects: string[] = [];
  for (const type of types) {
    const { table, alias, displayJoin } = TYPE_SQL[type];
    const where = filterSql[type](p, filters);
    const paths = CONFIG[type].paths.map((path) => {
      const select = (match: string) =>
        `SELECT ${alias}."id" AS "id", ${path.rank === "constant" ? `${CONSTANT_RANK}::real` : `ts_rank(${path.vector}, ${exact})`} AS "r"
      FROM ${path.from} WHERE ${match} AND ${path.extra ? `${path.extra} AND ` : ""}${where}`;
      const take = path.rank === "constant" ? n : cap;
      if (!whole) return `(${select(`${path.vector} @@ ${q}`)} LIMIT ${take})`;
      // Candidates matching the typed word whole first; the prefix (every other match) only if they are too few.
      return `(SELECT * FROM ((${select(`${path.vector} @@ ${whole}`)} LIMIT ${take})
        UNION ALL (${select(`${path.vector} @@ ${q} AND NOT (${path.vector} @@ ${whole})`)} LIMIT ${take})) AS "c" LIMIT ${take})`;
    });
    ctes.push(`"cand_${type}" AS (${paths.join("\n      UNION ALL ")})`);
    ctes.push(
      `"best_${type}" AS (SELECT "id", sum("r") AS "r" FROM "cand_${type}" GROUP BY "id" ORDER BY sum("r") DESC, "id" LIMIT ${n})`,
    );
    selects.push(`SELECT '${type}'::text AS "type", best."id", best."r"::float8 AS "raw", ${fieldsSql(type, "postgresql")}
      FROM "best_${type}" best JOIN "${table}" ${alias} ON ${alias}."id" = best."id" ${displayJoin}`);
  }
  return p.finish(`WITH ${ctes.join(",\n  ")}\n${selects.join("\nUNION ALL ")}`);
}

export function postgresBackend(db: RawQueryable): SearchBackend {
  const query = <T>({ sql, values }: { sql: string; values: unknown[] }) => db.$queryRawUnsafe<T[]>(sql, ...values);
  return {
    async rank(types, parsed, filters, limit) {
      if (!types.length) return [];
      const rows = await query<Record<string, unknown>>(postgresRankSql(types, parsed, filters, limit));
      const typed = rows.map((row) => ({ row, type: str(row.type) as SearchType, raw: Number(row.raw) || 0 }));
      return types.flatMap((type) =>
        typed
          .filter((t) => t.type === type)
          .sort((a, b) => b.raw - a.raw || (str(a.row.id) < str(b.row.id) ? -1 : 1))
          .map(({ row, raw }): Candidate => ({ type, id: str(row.id), raw, ...shape(type, row) })),
      );
    },

    async snippets(parsed, items) {
      const p = new Params("postgresql");
      const q = tsquery(p, parsed);
      const firstWord = p.add(parsed.terms[0]?.tokens[0] ?? "");
      const opts = p.add(HEADLINE_OPTIONS);
      const branches = (Object.keys(CONFIG) as SearchType[]).flatMap((type) => {
        const ids = items.filter((i) => i.type === type).map((i) => i.id);
        if (!ids.length) return [];
        const { table, alias } = TYPE_SQL[type];
        const columns = [0, 1].map(
          (i) => `${CONFIG[type].headlines(q, firstWord, opts)[i] ?? "NULL::text"} AS "s${i}"`,
        );
        return [
          `SELECT '${type}'::text AS "type", ${alias}."id", ${columns.join(", ")} FROM "${table}" ${alias} WHERE ${alias}."id" IN (${p.list(ids)})`,
        ];
      });
      if (!branches.length) return new Map();
      const rows = await query<Record<string, unknown>>(p.finish(branches.join("\nUNION ALL ")));
      return new Map(
        rows.map((row) => [
          `${str(row.type)}:${str(row.id)}`,
          [row.s0, row.s1].map((s) => (s == null ? null : String(s))),
        ]),
      );
    },
  };
}
