// Answers are shaped by their operation's response schema, so a handler cannot leak a field the
// API does not document (a raw database row's internal columns, say) and the OpenAPI stays true.
import { z } from "zod";
import type { ApiOperation } from "./operations/types";

/** A handler's answer with a status other than the operation's default (e.g. 200 "revised" vs 201). */
export class WithStatus {
  constructor(
    readonly body: unknown,
    readonly status: number,
  ) {}
}
export const withStatus = (body: unknown, status: number) => new WithStatus(body, status);

export class ResponseShapeError extends Error {}

/**
 * The body as JSON would carry it (dates become ISO strings), parsed by the response schema. A body that
 * does not fit is our bug, never the caller's: it is logged and answered as a 500 rather than sent unchecked.
 */
export function shapedBody(operation: ApiOperation, body: unknown): unknown {
  const schema = operation.response;
  if ("file" in schema) throw new ResponseShapeError(`${operation.summary}: a download must answer with a Response.`);
  const json = body === undefined ? null : JSON.parse(JSON.stringify(body));
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ResponseShapeError(
      `The answer of "${operation.summary}" does not match its response schema:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

/**
 * Shaped JSON text per frozen answer. A frozen answer cannot change, so when a handler returns the same one
 * again (a cached search page, shared by every caller) it is checked and serialised once, not per request.
 */
const shapedTextByOperation = new WeakMap<ApiOperation, WeakMap<object, string>>();

export function shapedJson(operation: ApiOperation, body: unknown): string {
  if (body === null || typeof body !== "object" || !Object.isFrozen(body))
    return JSON.stringify(shapedBody(operation, body));
  let texts = shapedTextByOperation.get(operation);
  if (!texts) shapedTextByOperation.set(operation, (texts = new WeakMap()));
  let text = texts.get(body);
  if (text === undefined) texts.set(body, (text = JSON.stringify(shapedBody(operation, body))));
  return text;
}
