// Writes a whole desk to one JSON Lines file: a header line, then one line per row, model by model.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { getDb, type Db } from "@/lib/db/client";
import { encodeRow, WORKSPACE_FORMAT, WORKSPACE_MODELS, WORKSPACE_VERSION } from "./models";

export type WorkspaceProgress = (done: number, total: number, model: string) => void;
type Delegate = {
  count: () => Promise<number>;
  findMany: (args: object) => Promise<Record<string, unknown>[]>;
};

const BATCH = 500;
export const delegateOf = (db: Db, name: string) => (db as unknown as Record<string, Delegate>)[name];

export async function workspaceCounts(db: Db) {
  const counts: Record<string, number> = {};
  for (const m of WORKSPACE_MODELS) counts[m.name] = await delegateOf(db, m.delegate).count();
  return counts;
}

/** Every row of one model in key order, batch by batch. */
export async function* modelRows(db: Db, model: (typeof WORKSPACE_MODELS)[number]) {
  const delegate = delegateOf(db, model.delegate);
  for (let skip = 0; ; skip += BATCH) {
    const rows = await delegate.findMany({
      orderBy: model.orderBy.map((k) => ({ [k]: "asc" })),
      skip,
      take: BATCH,
    });
    yield rows;
    if (rows.length < BATCH) return;
  }
}

export async function exportWorkspace(
  db: Db,
  file: string,
  options: { withPasswordHashes?: boolean; onProgress?: WorkspaceProgress } = {},
) {
  const counts = await workspaceCounts(db);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (line: unknown) => {
    if (!out.write(JSON.stringify(line) + "\n")) await once(out, "drain");
  };
  await write({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: new Date().toISOString(),
    withPasswordHashes: !!options.withPasswordHashes,
    counts,
  });
  let done = 0;
  for (const model of WORKSPACE_MODELS) {
    for await (const rows of modelRows(db, model)) {
      for (const row of rows) {
        if (model.name === "User" && !options.withPasswordHashes) delete row.passwordHash;
        await write({ model: model.name, row: encodeRow(row) });
      }
      done += rows.length;
      if (rows.length) options.onProgress?.(done, total, model.name);
    }
  }
  out.end();
  await once(out, "finish");
  return { counts, total };
}

/** Exports the database in DATABASE_URL (the CLI's export-workspace). */
export async function exportCurrentWorkspace(file: string, options: Parameters<typeof exportWorkspace>[2] = {}) {
  return exportWorkspace(await getDb(), file, options);
}
