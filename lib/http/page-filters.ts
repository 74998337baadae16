import { ValidationError } from "@/lib/errors";

type Filters = Record<string, string | undefined>;

/**
 * Runs a staff list page's query; filters from the address that the list's schema refuses (an
 * unknown status, an over-long cursor or search) are dropped and the list runs again, so a
 * hand-edited or stale link still shows the page. `ignored` names what was dropped, for a notice.
 */
export async function listWithValidFilters<T>(
  filters: Filters,
  list: (filters: Filters) => Promise<T>,
): Promise<{ result: T; ignored: string[] }> {
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === "string"));
  try {
    return { result: await list(given), ignored: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const ignored = Object.keys(given).filter((k) => error.fields?.[k]);
    if (!ignored.length) throw error;
    const kept = Object.fromEntries(Object.entries(given).filter(([k]) => !ignored.includes(k)));
    return { result: await list(kept), ignored };
  }
}
