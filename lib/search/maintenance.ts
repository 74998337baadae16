// Keeping the search index compact after bulk writes. SQLite's FTS5 writes each transaction as a new
// index segment and merges them only in groups, so after a large import every word lookup seeks in many
// segments (ADR 0028 measured snippets of one page at ~6 ms over 8-10 segments, 0.4 ms over one).
// PostgreSQL's GIN indexes keep recent entries in a pending list that every search scans until vacuum.
import "server-only";
import { getDb } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/target";
import { SEARCH_OPTIMIZE_SQL } from "./schema-objects";

/** Compacts the search index of DATABASE_URL; returns how long it took. Safe while the app runs. */
export async function optimizeSearchIndex(): Promise<{ provider: "sqlite" | "postgresql"; milliseconds: number }> {
  const { provider } = databaseTarget(process.env);
  const db = await getDb();
  const started = performance.now();
  for (const sql of SEARCH_OPTIMIZE_SQL[provider]) await db.$executeRawUnsafe(sql);
  return { provider, milliseconds: Math.round(performance.now() - started) };
}
