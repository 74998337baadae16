// The enumerated values of the data model. Their one home is prisma/schema.prisma; Prisma generates
// them as plain objects (no client, safe for browser code), and lib/validation builds its z.enum
// schemas and labels from the lists here (docs/decisions/0023-typed-data.md).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- enums.ts holds only constant objects, no database access
export * from "@/generated/sqlite/enums";

/** An enum's values in schema order, as the non-empty tuple z.enum and label maps expect. */
export const valuesOf = <T extends Record<string, string>>(values: T) =>
  Object.values(values) as [T[keyof T], ...T[keyof T][]];

/** Orders enum values by their text, as SQLite sorts them; PostgreSQL sorts enums in declaration order. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
