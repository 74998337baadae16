import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";

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
