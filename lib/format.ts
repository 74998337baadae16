// Dates as the desk shows and writes them: one home for every format, all in UTC so server, reader
// and exports agree.

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", timeZone: "UTC" };
const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);
// One formatter each: toLocaleDateString builds a new Intl formatter per call (~0.1 ms; a claim page
// formats dozens of dates a view, ADR 0035). An invalid date reads "Invalid Date", as toLocale* says.
const dayFormat = new Intl.DateTimeFormat("en-GB", DAY);
const timeFormat = new Intl.DateTimeFormat("en-GB", TIME);
const day = (date: Date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : dayFormat.format(date));
const time = (date: Date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : timeFormat.format(date));

/** A day for people: "21 Nov 2026"; "—" when there is none. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return day(toDate(value));
}

/** Date and time for staff notices: "21 Nov 2026, 14:05 UTC". */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  return `${day(date)}, ${time(date)} UTC`;
}

/** A day for machines (file names, date inputs, stored metadata): "2026-11-21". */
export const isoDay = (value: Date | string | number) => new Date(value).toISOString().slice(0, 10);
