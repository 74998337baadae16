// Domain errors thrown by lib/ and mapped to HTTP statuses, form errors, CLI messages and page 404s
// in exactly one place each (lib/http/api.ts, lib/actions/action-client.ts, lib/cli/main.ts,
// lib/http/not-found.ts).

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, fields?: FieldErrors) {
    super("validation_failed", message, 422, fields);
  }
}

export class BadRequestError extends DomainError {
  constructor(message: string) {
    super("bad_request", message, 400);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign in to do this.") {
    super("unauthorized", message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Your role does not allow this.") {
    super("forbidden", message, 403);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} was not found.`, 404);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("conflict", message, 409, undefined, details);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string) {
    super("payload_too_large", message, 413);
  }
}

/** The database cannot serve the request now: busy with another writer, out of space, or damaged. */
export class ServiceUnavailableError extends DomainError {
  constructor(
    code: "database_busy" | "database_full" | "database_damaged",
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, 503, undefined, { retryAfterSeconds });
  }
}

/** The same thing already exists; `existingId` names it so clients can link to it. */
export class DuplicateError extends DomainError {
  constructor(
    message: string,
    readonly existingId: string,
  ) {
    super("duplicate", message, 409, undefined, { existingId });
  }
}
