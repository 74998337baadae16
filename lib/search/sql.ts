// Bound parameters and the filter SQL both providers share. Table and column names are fixed strings;
// every value goes through Params.
import type { SearchType } from "./schema-objects";
import type { SearchFilters, SearchHitFields } from "./types";

export type Dialect = "sqlite" | "postgresql";

/**
 * Placeholders that can be used in any order and more than once: fragments get a token per value,
 * and finish() numbers them ($1 for PostgreSQL) or, for SQLite, whose driver binds `?` by position
 * only, repeats each value in the order its `?` appears.
 */
export class Params {
  private readonly slots: unknown[] = [];
  constructor(readonly dialect: Dialect) {}

  add(value: unknown): string {
    this.slots.push(value);
    return `\u0000${this.slots.length - 1}\u0000`;
  }

  finish(sql: string): { sql: string; values: unknown[] } {
    const values: unknown[] = [];
    const numbered = new Map<number, string>();
    const text = sql.replace(/\u0000(\d+)\u0000/g, (_, n: string) => {
      const slot = Number(n);
      if (this.dialect === "sqlite") {
        values.push(this.slots[slot]);
        return "?";
      }
      if (!numbered.has(slot)) {
        values.push(this.slots[slot]);
        numbered.set(slot, `$${values.length}`);
      }
      return numbered.get(slot)!;
    });
    return { sql: text, values };
  }

  /**
   * A timestamp bound. Prisma stores SQLite DateTimes as ISO text ending in +00:00, which sorts like
   * time; PostgreSQL columns are timestamp(3) in UTC.
   */
  date(value: Date): string {
    const iso = value.toISOString();
    return this.dialect === "sqlite"
      ? this.add(iso.replace("Z", "+00:00"))
      : `${this.add(iso.replace("Z", ""))}::timestamp`;
  }

  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(", ");
  }
}

const and = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" AND ") || "1 = 1";

function dateRange(p: Params, column: string, filters: SearchFilters) {
  return [filters.from && `${column} >= ${p.date(filters.from)}`, filters.to && `${column} <= ${p.date(filters.to)}`];
}

/** The latest card version's truth verdict of claim alias c. */
export const CLAIM_VERDICT_SQL = `(SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1)`;

/** An enum column compared as text on PostgreSQL, whatever type the driver gives the parameter. */
const asText = (p: Params, sql: string) => (p.dialect === "postgresql" ? `(${sql})::text` : sql);

/** WHERE conditions per type, on the aliases the provider queries use (c, s, st, e, a). */
export const filterSql = {
  claim(p: Params, f: SearchFilters) {
    const actor = f.actor ? p.add(f.actor) : "";
    return and([
      f.status && `${asText(p, `c."status"`)} = ${p.add(f.status)}`,
      f.verdict && `${asText(p, CLAIM_VERDICT_SQL)} = ${p.add(f.verdict)}`,
      f.actor &&
        `(c."claimantId" = ${actor} OR EXISTS (SELECT 1 FROM "ClaimSubject" cs WHERE cs."claimId" = c."id" AND cs."actorId" = ${actor}))`,
      f.tag &&
        `EXISTS (SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id" AND t."name" = ${p.add(f.tag)})`,
      ...dateRange(p, `c."createdAt"`, f),
    ]);
  },
  source: (p: Params, f: SearchFilters) => and(dateRange(p, `coalesce(s."publishedAt", s."createdAt")`, f)),
  statement: (p: Params, f: SearchFilters) =>
    and([f.actor && `st."speakerId" = ${p.add(f.actor)}`, ...dateRange(p, `st."createdAt"`, f)]),
  evidence: (p: Params, f: SearchFilters) => and(dateRange(p, `e."createdAt"`, f)),
  actor: (p: Params, f: SearchFilters) => and(dateRange(p, `a."createdAt"`, f)),
};

/** Raw rows carry dates as Date or text depending on the provider. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Every ranked row carries these columns (NULL where a type has none), so one UNION ALL holds all types. */
export const ROW_FIELDS = [
  "title",
  "status",
  "kind",
  "date",
  "verdict",
  "publisher",
  "speakerName",
  "sourceId",
  "sourceTitle",
  "claimText",
  "claimId",
  "stance",
] as const;
type RowField = (typeof ROW_FIELDS)[number];

/**
 * Per type: the base table and alias the filters use, further joins for the shown fields, and those fields.
 * Both providers use the same aliases (lib/search/sqlite.ts, lib/search/postgres.ts).
 */
export const TYPE_SQL: Record<
  SearchType,
  { table: string; alias: string; displayJoin: string; fields: Partial<Record<RowField, string>> }
> = {
  claim: {
    table: "Claim",
    alias: "c",
    displayJoin: "",
    fields: {
      title: `c."text"`,
      status: `c."status"`,
      kind: `c."kind"`,
      date: `c."createdAt"`,
      verdict: CLAIM_VERDICT_SQL,
    },
  },
  source: {
    table: "Source",
    alias: "s",
    displayJoin: "",
    fields: {
      title: `s."title"`,
      kind: `s."kind"`,
      publisher: `s."publisher"`,
      date: `coalesce(s."publishedAt", s."createdAt")`,
    },
  },
  statement: {
    table: "Statement",
    alias: "st",
    displayJoin: `JOIN "Actor" sp ON sp."id" = st."speakerId" JOIN "Source" so ON so."id" = st."sourceId"`,
    fields: {
      kind: `st."kind"`,
      speakerName: `sp."name"`,
      sourceId: `st."sourceId"`,
      sourceTitle: `so."title"`,
      date: `st."createdAt"`,
    },
  },
  evidence: {
    table: "Evidence",
    alias: "e",
    displayJoin: `JOIN "Claim" ec ON ec."id" = e."claimId" JOIN "Source" so ON so."id" = e."sourceId"`,
    fields: {
      stance: `e."stance"`,
      claimId: `e."claimId"`,
      claimText: `ec."text"`,
      sourceId: `e."sourceId"`,
      sourceTitle: `so."title"`,
      date: `e."createdAt"`,
    },
  },
  actor: {
    table: "Actor",
    alias: "a",
    displayJoin: "",
    fields: { title: `a."name"`, kind: `a."kind"`, date: `a."createdAt"` },
  },
};

/** Fields read from enum columns: each type's column has its own enum type on PostgreSQL. */
const ENUM_FIELDS: readonly RowField[] = ["status", "kind", "verdict", "stance"];

/**
 * The uniform field list of one type. On PostgreSQL, where UNION ALL needs matching types, NULLs are
 * typed and enum columns are read as text.
 */
export function fieldsSql(type: SearchType, dialect: Dialect): string {
  const fields = TYPE_SQL[type].fields;
  const none = (f: RowField) => (dialect === "postgresql" ? (f === "date" ? "NULL::timestamp" : "NULL::text") : "NULL");
  const field = (f: RowField, sql: string) =>
    dialect === "postgresql" && ENUM_FIELDS.includes(f) ? `(${sql})::text` : sql;
  return ROW_FIELDS.map((f) => `${fields[f] === undefined ? none(f) : field(f, fields[f])} AS "${f}"`).join(", ");
}

/** Shared shaping of a ranked row into type-specific fields, title and URL. */
export function shape(
  type: SearchType,
  row: Record<string, unknown>,
): { title: string; url: string; fields: SearchHitFields } {
  switch (type) {
    case "claim":
      return {
        title: str(row.title),
        url: `/claims/${str(row.id)}`,
        fields: {
          status: str(row.status),
          kind: str(row.kind),
          verdict: strOrNull(row.verdict),
          date: isoDate(row.date),
        },
      };
    case "source":
      return {
        title: str(row.title),
        url: `/sources/${str(row.id)}`,
        fields: { kind: str(row.kind), publisher: strOrNull(row.publisher), date: isoDate(row.date) },
      };
    case "statement":
      return {
        title: `${str(row.speakerName)} in “${str(row.sourceTitle)}”`,
        url: `/sources/${str(row.sourceId)}`,
        fields: {
          kind: str(row.kind),
          speakerName: str(row.speakerName),
          sourceId: str(row.sourceId),
          sourceTitle: str(row.sourceTitle),
          date: isoDate(row.date),
        },
      };
    case "evidence":
      return {
        title: str(row.claimText),
        url: `/claims/${str(row.claimId)}`,
        fields: {
          stance: str(row.stance),
          claimId: str(row.claimId),
          sourceId: str(row.sourceId),
          sourceTitle: str(row.sourceTitle),
          date: isoDate(row.date),
        },
      };
    case "actor":
      return {
        title: str(row.title),
        url: `/actors/${str(row.id)}`,
        fields: { kind: str(row.kind), date: isoDate(row.date) },
      };
  }
}
