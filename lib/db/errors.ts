import { databaseTarget } from "./target";
import { ConflictError, DomainError, NotFoundError, ServiceUnavailableError, ValidationError } from "@/lib/errors";

type KnownRequestError = { code: string; meta?: { target?: unknown; modelName?: string } };
const isPrismaKnown = (e: unknown): e is KnownRequestError =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { code?: unknown }).code === "string" &&
  /^P\d{4}$/.test((e as { code: string }).code);

/** Turns database constraint failures into domain errors; anything else is rethrown. */
export function mapDbError(error: unknown, what = "Record"): never {
  if (error instanceof DomainError) throw error;
  if (isPrismaKnown(error)) {
    if (error.code === "P2002") throw new ConflictError(`${what} already exists.`);
    if (error.code === "P2025") throw new NotFoundError(what);
    if (error.code === "P2003") throw new ValidationError(`${what} refers to something that does not exist.`);
  }
  throw error;
}

/** SQLite result codes (and their extended forms) anywhere in an error or its causes. */
function sqliteCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const own = [e.code, e.originalCode].filter((c): c is string => typeof c === "string" && c.startsWith("SQLITE_"));
  return [...own, ...sqliteCodes(e.cause, depth + 1), ...sqliteCodes(e.meta?.driverAdapterError, depth + 1)];
}

export const BUSY_RETRY_AFTER_SECONDS = 2;
export const FULL_RETRY_AFTER_SECONDS = 60;

/** A "try again later" error for a database that is locked by another writer or out of space, else null. */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | null {
  if (error instanceof ServiceUnavailableError) return error;
  const codes = sqliteCodes(error);
  // Prisma re-wraps an error thrown by the adapter (lib/db/sqlite-adapter.ts) keeping only its code.
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "database_full") codes.push("SQLITE_FULL");
  if (code === "database_busy") codes.push("SQLITE_BUSY");
  if (code === "database_damaged") codes.push("SQLITE_NOTADB");
  if (codes.some((c) => c.startsWith("SQLITE_NOTADB") || c.startsWith("SQLITE_CORRUPT"))) {
    const target = databaseTarget(process.env);
    const file = target.provider === "sqlite" ? target.file : "the database file";
    return new ServiceUnavailableError(
      "database_damaged",
      `${file} is not a valid Claimdesk database (it is damaged or not a database at all). Stop the app and restore a backup: npm run cli -- restore FILE`,
      FULL_RETRY_AFTER_SECONDS,
    );
  }
  if (codes.some((c) => c.startsWith("SQLITE_FULL")))
    return new ServiceUnavailableError(
      "database_full",
      "The database has run out of disk space, so nothing was saved. Ask the operator to free space; the desk recovers by itself once there is room.",
      FULL_RETRY_AFTER_SECONDS,
    );
  // P1008/P2028: Prisma's own "timed out" / "could not start the transaction in time".
  const prismaTimeout = isPrismaKnown(error) && (error.code === "P1008" || error.code === "P2028");
  if (prismaTimeout || codes.some((c) => c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")))
    return new ServiceUnavailableError(
      "database_busy",
      "The database is busy with another write (perhaps an import or a backup), so nothing was saved. Try again in a moment.",
      BUSY_RETRY_AFTER_SECONDS,
    );
  return null;
}
