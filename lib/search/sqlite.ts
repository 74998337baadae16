// SQLite: one FTS5 table per type (prisma/migrations/20261121120000_search), ranked by the bm25
// weights stored as each table's `rank`. FTS5 sorts by rank itself and SQLite stops after LIMIT, so
// joins are computed only for the rows returned, and snippets only for the page. Filters are facet
// tokens intersected in the index (lib/search/facets.ts) and checked again in SQL.
// A search is three statements whatever the number of types: probe, ranked rows, snippets (four when a
// word being typed needs its own probe, see wholeWordsQuery).
import { facetExpression, facetGroups } from "./facets";
import { MARK_END, MARK_START } from "./highlight";
import { asWholeWords, toFts5Query, wordTokens, type ParsedQuery } from "./query";
import type { SearchType } from "./schema-objects";
import { fieldsSql, filterSql, Params, shape, str, TYPE_SQL } from "./sql";
import type { Candidate, RawQueryable, SearchBackend, SearchFilters } from "./types";

/**
 * bm25 reads every match of every query word (to count them) before it can rank any row. So when a
 * query matches more rows of a type than this, bm25 is skipped for that type: its newest matches are
 * returned instead, those matching in the title first. Up to this many matches, bm25 ranks them all.
 */
export const SQLITE_RANK_CAP = 1000;
/** A newest-first walk that SQL conditions still narrow stops after examining this many matches. */
export const SQLITE_EXAMINE_CAP = 20_000;
/** A typed word with more index words starting with it than this (in one type) stays a prefix query. */
export const SQLITE_MAX_COMPLETIONS = 32;
const SNIPPET_TOKENS = 24;
/** The longest prefix FTS5 answers from its prefix index (`prefix = '2 3'` in the search migration). */
const INDEXED_PREFIX = 3;
/** Relevance given to unranked matches (see SQLITE_RANK_CAP): a title match, and any other match. */
const RECENT_TITLE_RAW = 1;
const RECENT_RAW = 0.25;

type Config = {
  fts: string;
  /** The columns user words are matched in (never "facets"). */
  textColumns: string[];
  /** The column whose matches come first when there are too many matches to rank. */
  titleColumn?: string;
  /** FTS column numbers to take a snippet from, in order of preference (0 is "ref"). */
  snippetColumns: number[];
};

const CONFIG: Record<SearchType, Config> = {
  claim: {
    fts: "search_claim",
    textColumns: ["title", "summary", "tags"],
    titleColumn: "title",
    snippetColumns: [2, 3],
  },
  source: {
    fts: "search_source",
    textColumns: ["title", "publisher", "body"],
    titleColumn: "title",
    snippetColumns: [3, 2],
  },
  statement: { fts: "search_statement", textColumns: ["body", "speaker"], snippetColumns: [1] },
  evidence: { fts: "search_evidence", textColumns: ["body", "note"], snippetColumns: [1, 2] },
  actor: { fts: "search_actor", textColumns: ["title", "aliases"], titleColumn: "title", snippetColumns: [2] },
};

/** The MATCH expression: user words in the text columns (or only `column`), and the filter facets. */
export function sqliteMatch(type: SearchType, query: ParsedQuery, facets: string[][], column?: string): string {
  return `${toFts5Query(query, column ? [column] : CONFIG[type].textColumns)}${facetExpression(facets)}`;
}

const baseJoin = (type: SearchType, f: string) => {
  const { table, alias, displayJoin } = TYPE_SQL[type];
  return `JOIN "${table}" ${alias} ON ${alias}."id" = ${f}."ref" ${displayJoin}`;
};

/** Tier 0: the best `limit` rows by bm25; FTS5 sorts by rank itself (no temporary sort). */
export function sqliteRankBranch(
  p: Params,
  type: SearchType,
  match: string,
  filters: SearchFilters,
  limit: number,
): string {
  return `SELECT '${type}' AS "type", 0 AS "tier", f."ref" AS "id", f."rowid" AS "docid", -f."rank" AS "raw", ${fieldsSql(type, "sqlite")}
    FROM "${CONFIG[type].fts}"(${p.add(match)}) AS f ${baseJoin(type, "f")}
    WHERE ${filterSql[type](p, filters)}
    ORDER BY f."rank" LIMIT ${p.add(limit)}`;
}

/** Tier 1 (title matches) or 2 (any match): the newest `limit` rows, walking the index by descending docid. */
export function sqliteRecentBranch(
  p: Params,
  type: SearchType,
  match: string,
  filters: SearchFilters,
  limit: number,
  tier: 1 | 2,
): string {
  const where = filterSql[type](p, filters);
  const walk = `(SELECT "rowid" AS "rowid", "ref" AS "ref" FROM "${CONFIG[type].fts}"(${p.add(match)})
      ORDER BY "rowid" DESC${where === "1 = 1" ? "" : ` LIMIT ${p.add(SQLITE_EXAMINE_CAP)}`})`;
  return `SELECT '${type}' AS "type", ${tier} AS "tier", f."ref" AS "id", f."rowid" AS "docid", ${tier === 1 ? RECENT_TITLE_RAW : RECENT_RAW} AS "raw", ${fieldsSql(type, "sqlite")}
    FROM ${walk} AS f ${baseJoin(type, "f")}
    WHERE ${where}
    ORDER BY f."rowid" DESC LIMIT ${p.add(limit)}`;
}

/** Branches (each with its own ORDER BY and LIMIT) as one statement. */
export const unionSql = (branches: string[]) => branches.map((b) => `SELECT * FROM (${b})`).join("\nUNION ALL ");

export function sqliteBackend(
  db: RawQueryable,
  { rankCap = SQLITE_RANK_CAP, maxCompletions = SQLITE_MAX_COMPLETIONS } = {},
): SearchBackend {
  const query = <T>({ sql, values }: { sql: string; values: unknown[] }) => db.$queryRawUnsafe<T[]>(sql, ...values);
  return {
    async rank(types, parsed, filters, limit) {
      let tagId: string | null | undefined;
      if (types.includes("claim") && filters.tag) {
        const p = new Params("sqlite");
        tagId =
          (await query<{ id: string }>(p.finish(`SELECT "id" FROM "Tag" WHERE "name" = ${p.add(filters.tag)}`)))[0]
            ?.id ?? null;
      }
      const searched = types.flatMap((type) => {
        const facets = facetGroups(type, filters, tagId);
        return facets ? [{ type, facets, match: sqliteMatch(type, parsed, facets) }] : [];
      });
      if (!searched.length) return [];

      // How many rows each type matches, up to rankCap + 1: in index order, no ranking, no joins.
      const probe = async (probed: { type: SearchType; match: string }[]) => {
        const pp = new Params("sqlite");
        const counts = await query<{ type: string; n: unknown }>(
          pp.finish(
            probed
              .map(
                ({ type, match }) =>
                  `SELECT '${type}' AS "type", count(*) AS "n" FROM (SELECT 1 FROM "${CONFIG[type].fts}"(${pp.add(match)}) LIMIT ${pp.add(rankCap + 1)})`,
              )
              .join("\nUNION ALL "),
          ),
        );
        return new Map(counts.map((c) => [c.type, Number(c.n)]));
      };
      // A word being typed longer than the prefix index ("council"*) makes FTS5 merge the doclists of every
      // word starting with it before the first row: tens of ms for a common word at 1,000,000 rows. The
      // probe and the unranked walks ask for the index's words that start with it instead (the same rows,
      // read lazily); bm25 keeps the prefix so ranking is unchanged.
      const expanded = await expandTypedWords(query, parsed, types, maxCompletions);
      const walked = expanded ?? parsed;
      const matches = new Map<string, number>();
      if (expanded)
        for (const [type, n] of await probe(
          searched.map(({ type, facets }) => ({ type, match: sqliteMatch(type, expanded, facets) })),
        ))
          matches.set(type, n);
      else {
        // Too many words to list (or none to expand): the same words typed whole match a subset of the
        // rows, read lazily, so more than rankCap of them settle that type without expanding the prefix.
        const whole = wholeWordsQuery(parsed);
        if (whole)
          for (const [type, n] of await probe(
            searched.map(({ type, facets }) => ({ type, match: sqliteMatch(type, whole, facets) })),
          ))
            if (n > rankCap) matches.set(type, n);
        const unsettled = searched.filter(({ type }) => !matches.has(type));
        if (unsettled.length) for (const [type, n] of await probe(unsettled)) matches.set(type, n);
      }

      const p = new Params("sqlite");
      const branches = searched.flatMap(({ type, facets, match }) => {
        const n = matches.get(type) ?? 0;
        if (n === 0) return [];
        if (n <= rankCap) return [sqliteRankBranch(p, type, match, filters, limit)];
        const column = CONFIG[type].titleColumn;
        return [
          ...(column
            ? [sqliteRecentBranch(p, type, sqliteMatch(type, walked, facets, column), filters, limit, 1)]
            : []),
          sqliteRecentBranch(p, type, sqliteMatch(type, walked, facets), filters, limit, 2),
        ];
      });
      if (!branches.length) return [];
      const rows = await query<Record<string, unknown>>(p.finish(unionSql(branches)));

      // Per type: bm25 order, or title matches then the rest, newest first; one row per id.
      const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        Number(a.tier) - Number(b.tier) ||
        (Number(a.tier) === 0 ? Number(b.raw) - Number(a.raw) : Number(b.docid) - Number(a.docid));
      return searched.flatMap(({ type }) => {
        const seen = new Set<string>();
        return rows
          .filter((row) => row.type === type)
          .sort(order)
          .filter((row) => !seen.has(str(row.id)) && !!seen.add(str(row.id)))
          .slice(0, limit)
          .map((row): Candidate => ({
            type,
            id: str(row.id),
            docid: Number(row.docid),
            raw: Number(row.raw) || 0,
            ...shape(type, row),
          }));
      });
    },

    async snippets(parsed, items) {
      const { query: marking, unmark } = snippetQuery(parsed);
      const p = new Params("sqlite");
      const [open, close, ellipsis] = [p.add(MARK_START), p.add(MARK_END), p.add("…")];
      const branches = (Object.keys(CONFIG) as SearchType[]).flatMap((type) => {
        const docids = items.filter((i) => i.type === type && i.docid !== undefined).map((i) => i.docid);
        if (!docids.length) return [];
        const { fts, snippetColumns } = CONFIG[type];
        // Auxiliary functions take the FTS table itself (not an alias) as first argument.
        const columns = [0, 1].map((i) =>
          snippetColumns[i] === undefined
            ? `NULL AS "s${i}"`
            : `snippet("${fts}", ${snippetColumns[i]}, ${open}, ${close}, ${ellipsis}, ${SNIPPET_TOKENS}) AS "s${i}"`,
        );
        return [
          `SELECT '${type}' AS "type", "ref" AS "id", ${columns.join(", ")} FROM "${fts}"
          WHERE "${fts}" MATCH ${p.add(sqliteMatch(type, marking, []))} AND "rowid" IN (${p.list(docids)})`,
        ];
      });
      if (!branches.length) return new Map();
      const rows = await query<Record<string, unknown>>(p.finish(branches.join("\nUNION ALL ")));
      return new Map(
        rows.map((row) => [
          `${str(row.type)}:${str(row.id)}`,
          [row.s0, row.s1].map((s) => (s == null ? null : unmark(String(s)))),
        ]),
      );
    },
  };
}

const cut = (text: string) => Array.from(text).slice(0, INDEXED_PREFIX).join("");
function beyondPrefixIndex(text: string) {
  return Array.from(text).length > INDEXED_PREFIX;
}

/** ASCII letters and digits: the index holds such a word in lower case, so its completions are a range of the word list. */
const ASCII_WORD = /^[a-z0-9]+$/i;

/**
 * The query with each typed word longer than the prefix index replaced by the index words that start with
 * it (the word itself and at most `max` others per type, read from the `search_<type>_terms` word lists),
 * matched as whole words: the same rows as the prefix. Null when there is no such word, or one is not
 * plain ASCII or has more completions than `max`.
 */
export async function expandTypedWords(
  query: <T>(statement: { sql: string; values: unknown[] }) => Promise<T[]>,
  parsed: ParsedQuery,
  types: readonly SearchType[],
  max: number,
): Promise<ParsedQuery | null> {
  const typed = parsed.terms.filter((t) => t.prefix && beyondPrefixIndex(t.text));
  if (!typed.length || typed.some((t) => !ASCII_WORD.test(t.text) || t.variants?.length)) return null;
  const p = new Params("sqlite");
  const words = [...new Set(typed.map((t) => t.text.toLowerCase()))];
  // From just after the word itself (a completion's next character is a letter or digit) to past any
  // longer word: an index seek each, and the typed word's own (largest) doclist is never read.
  const sql = words
    .flatMap((word) =>
      types.map(
        (type) =>
          `SELECT * FROM (SELECT ${p.add(word)} AS "word", '${type}' AS "type", "term" FROM "search_${type}_terms" WHERE "term" >= ${p.add(`${word}\u0001`)} AND "term" < ${p.add(`${word}\u{10FFFF}`)} LIMIT ${p.add(max + 1)})`,
      ),
    )
    .join("\nUNION ALL ");
  let rows: { word: string; type: string; term: string }[];
  try {
    rows = await query(p.finish(sql));
  } catch (error) {
    // A database before migration 20261130230100_search_terms: search as before, only slower.
    if (error instanceof Error && /no such table: search_\w+_terms/.test(error.message)) return null;
    throw error;
  }
  const perType = new Map<string, number>();
  const completions = new Map<string, Set<string>>(words.map((w) => [w, new Set()]));
  for (const row of rows) {
    const key = `${row.word}:${row.type}`;
    perType.set(key, (perType.get(key) ?? 0) + 1);
    if (perType.get(key)! > max) return null;
    completions.get(row.word)!.add(row.term);
  }
  return {
    terms: parsed.terms.map((t) =>
      typed.includes(t) ? { ...t, prefix: false, variants: [...completions.get(t.text.toLowerCase())!] } : t,
    ),
  };
}

/** The query with each prefix term longer than the prefix index matched as a whole word instead, or null. */
export const wholeWordsQuery = (parsed: ParsedQuery) => asWholeWords(parsed, INDEXED_PREFIX);

/**
 * The query snippet() marks words with. The rows are already chosen, so it only has to mark them; but a
 * prefix longer than the prefix index ("attacks"*) makes FTS5 merge the doclist of every word starting with
 * it across the whole table before it can seek to the page's rows: most of an uncached as-you-type search
 * (77 of 102 ms for "rocket attacks" on the benchmark corpus). Cut to 3 characters, the prefix is one
 * doclist of the prefix index. `unmark` then removes the marks from words matched only by the cut prefix.
 */
export function snippetQuery(parsed: ParsedQuery): { query: ParsedQuery; unmark: (marked: string) => string } {
  const long = (text: string) => Array.from(text).length > INDEXED_PREFIX;
  const shortened = parsed.terms.filter((t) => t.prefix && long(t.text));
  if (!shortened.length) return { query: parsed, unmark: (marked) => marked };
  const lower = (text: string) => text.toLowerCase();
  const cuts = shortened
    .flatMap((t) => [t.text, ...(t.variants ?? [])])
    .map((full) => ({
      short: lower(cut(full)),
      full: lower(full),
    }));
  const kept = parsed.terms.filter((t) => !shortened.includes(t));
  const exact = new Set(
    kept.filter((t) => !t.prefix).flatMap((t) => [t.text, ...(t.variants ?? [])].flatMap(wordTokens)),
  );
  const prefixes = kept.filter((t) => t.prefix).flatMap((t) => [t.text, ...(t.variants ?? [])].map(lower));
  const keep = (word: string) =>
    !cuts.some((c) => word.startsWith(c.short)) ||
    cuts.some((c) => word.startsWith(c.full)) ||
    exact.has(word) ||
    prefixes.some((prefix) => word.startsWith(prefix));
  const markedSpan = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");
  return {
    query: {
      terms: parsed.terms.map((t) =>
        shortened.includes(t) ? { ...t, text: cut(t.text), variants: t.variants?.map(cut) } : t,
      ),
    },
    // A span of several words comes from a phrase, which is never cut.
    unmark: (marked) =>
      marked.replace(markedSpan, (span, inner: string) => (/\s/.test(inner) || keep(lower(inner)) ? span : inner)),
  };
}
