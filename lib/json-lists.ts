// Lists kept in Json columns (hedges, appearance addresses, webhook events) come back from Prisma as
// untyped JSON. Reading them keeps only the strings, so a hand-edited row cannot break a page.

/** The strings in a stored Json list, in order; anything that is not a list reads as empty. */
export function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
