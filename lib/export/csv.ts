// RFC 4180 CSV through csv-stringify: CRLF line ends, every field that holds a quote, comma or line
// break is quoted with doubled quotes. A UTF-8 byte order mark lets spreadsheets detect the encoding.
import { stringify } from "csv-stringify/sync";

export type ExportRow = Record<string, string | number | boolean | null | string[] | Date>;

/** A list becomes one cell with items separated by "; "; dates become ISO 8601. */
const cell = (value: ExportRow[string]): string | number | boolean | null => {
  if (Array.isArray(value)) return value.join("; ");
  if (value instanceof Date) return value.toISOString();
  return value;
};

/**
 * Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text
 * (OWASP "CSV injection"). Numbers are left alone.
 */
const defuse = (value: string | number | boolean | null) =>
  typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export function toCsv(columns: string[], rows: ExportRow[]): string {
  return (
    "\uFEFF" +
    stringify(
      rows.map((row) => columns.map((c) => defuse(cell(row[c] ?? null)))),
      {
        header: true,
        columns,
        record_delimiter: "\r\n",
        quoted_match: /[\r\n",]/,
        cast: { boolean: (b) => (b ? "true" : "false") },
      },
    )
  );
}
