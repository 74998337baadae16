// Loads a workspace file into an empty database, all of it in one transaction or nothing.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { getDb, type Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { delegateOf, workspaceCounts, type WorkspaceProgress } from "./export";
import { decodeRow, JSON_COLUMNS, NO_PASSWORD, WORKSPACE_FORMAT, WORKSPACE_MODELS, WORKSPACE_VERSION } from "./models";

const BATCH = 500;
type Header = { format: string; version: number; withPasswordHashes: boolean; counts: Record<string, number> };
type Writer = {
  createMany: (args: { data: Record<string, unknown>[] }) => Promise<unknown>;
  update: (args: { where: Record<string, unknown>; data: Record<string, unknown> }) => Promise<unknown>;
};

async function* lines(file: string) {
  const input = createReadStream(file, { encoding: "utf8" });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of reader) {
    n++;
    if (!line.trim()) continue;
    try {
      yield { n, value: JSON.parse(line) as Record<string, unknown> };
    } catch {
      throw new ValidationError(`${file}, line ${n}: not valid JSON; the file is damaged or not a workspace file.`);
    }
  }
}

function checkHeader(file: string, value: Record<string, unknown> | undefined): Header {
  if (!value || value.format !== WORKSPACE_FORMAT)
    throw new ValidationError(`${file} is not a Claimdesk workspace file (made by export-workspace).`);
  if (value.version !== WORKSPACE_VERSION)
    throw new ValidationError(
      `${file} is workspace format version ${value.version}; this Claimdesk reads version ${WORKSPACE_VERSION}.`,
    );
  return value as unknown as Header;
}

export async function importWorkspace(db: Db, file: string, options: { onProgress?: WorkspaceProgress } = {}) {
  const existing = Object.entries(await workspaceCounts(db)).filter(([, n]) => n > 0);
  if (existing.length)
    throw new ValidationError(
      `The target database is not empty (${existing.map(([m, n]) => `${n} ${m}`).join(", ")}); import a workspace into a fresh database.`,
    );
  const iterator = lines(file);
  const first = await iterator.next().catch((e: NodeJS.ErrnoException) => {
    if (e instanceof ValidationError) throw e;
    throw new ValidationError(
      `${file}: cannot be read (${e.code === "ENOENT" ? "no such file" : (e.code ?? e.message)}).`,
    );
  });
  const header = checkHeader(file, first.done ? undefined : first.value.value);
  const total = Object.values(header.counts).reduce((a, b) => a + b, 0);
  const order = new Map<string, number>(WORKSPACE_MODELS.map((m, i) => [m.name, i]));
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      let batch: Record<string, unknown>[] = [];
      let batchModel: (typeof WORKSPACE_MODELS)[number] | null = null;
      const deferred: { model: (typeof WORKSPACE_MODELS)[number]; id: unknown; data: Record<string, unknown> }[] = [];
      let done = 0;
      const flush = async () => {
        if (!batchModel || !batch.length) return;
        await (delegateOf(tx as Db, batchModel.delegate) as unknown as Writer).createMany({ data: batch });
        done += batch.length;
        options.onProgress?.(done, total, batchModel.name);
        batch = [];
      };
      for await (const { n, value } of iterator) {
        const name = value.model as string;
        const model = WORKSPACE_MODELS.find((m) => m.name === name);
        if (!model || typeof value.row !== "object" || !value.row)
          throw new ValidationError(`${file}, line ${n}: unknown model "${name}".`);
        if (batchModel && order.get(name)! < order.get(batchModel.name)!)
          throw new ValidationError(
            `${file}, line ${n}: ${name} rows come after ${batchModel.name}; the file is out of order.`,
          );
        if (model !== batchModel || batch.length >= BATCH) await flush();
        batchModel = model;
        const row = decodeRow(value.row as Record<string, unknown>);
        for (const field of JSON_COLUMNS[model.name] ?? []) {
          const stored = row[field];
          if (typeof stored !== "string") continue;
          try {
            row[field] = JSON.parse(stored);
          } catch {
            throw new ValidationError(`${file}, line ${n}: ${name}.${field} is not valid JSON.`);
          }
        }
        if (model.name === "User" && row.passwordHash === undefined) row.passwordHash = NO_PASSWORD;
        for (const field of "selfReferences" in model ? model.selfReferences : []) {
          if (row[field] == null) continue;
          deferred.push({ model, id: row.id, data: { [field]: row[field] } });
          row[field] = null;
        }
        batch.push(row);
        counts[name] = (counts[name] ?? 0) + 1;
      }
      await flush();
      for (const d of deferred)
        await (delegateOf(tx as Db, d.model.delegate) as unknown as Writer).update({
          where: { id: d.id },
          data: d.data,
        });
      for (const [name, expected] of Object.entries(header.counts))
        if ((counts[name] ?? 0) !== expected)
          throw new ValidationError(
            `${file} is incomplete: the header lists ${expected} ${name} rows, the file has ${counts[name] ?? 0}.`,
          );
    },
    { timeout: 60 * 60 * 1000, maxWait: 60_000 },
  );
  return { counts, total, withPasswordHashes: header.withPasswordHashes };
}

/** Imports into the database in DATABASE_URL (the CLI's import-workspace). */
export async function importCurrentWorkspace(file: string, options: { onProgress?: WorkspaceProgress } = {}) {
  return importWorkspace(await getDb(), file, options);
}
