// Dates as the desk shows and writes them: one home for every format, all in UTC so server, reader
// and exports agree.

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", timeZone: "UTC" };
const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** A day for people: "21 Nov 2026"; "—" when there is none. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return toDate(value).toLocaleDateString("en-GB", DAY);
}

/** Date and time for staff notices: "21 Nov 2026, 14:05 UTC". */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  return `${date.toLocaleDateString("en-GB", DAY)}, ${date.toLocaleTimeString("en-GB", TIME)} UTC`;
}

/** A day for machines (file names, date inputs, stored metadata): "2026-11-21". */
export const isoDay = (value: Date | string | number) => new Date(value).toISOString().slice(0, 10);
