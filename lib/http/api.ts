// The one wrapper every /api/v1 route handler goes through: who is calling, JSON in and out,
// same-origin check for cookie sessions, and domain errors turned into status codes.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { principalFromApiToken, principalFromSession } from "@/lib/auth/sessions";
import type { Principal } from "@/lib/auth/principal";
import { databaseUnavailable } from "@/lib/db/errors";
import { MAX_BODY_BYTES as MAX_JSON_BODY_BYTES } from "./limits";
import { acceptedOrigins } from "./origin";
import {
  BadRequestError,
  DomainError,
  DuplicateError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  UnauthorizedError,
} from "@/lib/errors";
import { isCleanText } from "@/lib/validation/common";

import type { ApiOperation } from "./operations/types";
import { shapedJson, WithStatus } from "./response-shape";

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: {
  req: NextRequest;
  principal: Principal | null;
  params: P;
  json: () => Promise<unknown>;
}) => Promise<unknown>;

export function errorResponse(thrown: unknown): NextResponse {
  const error = databaseUnavailable(thrown) ?? thrown;
  if (error instanceof DomainError) {
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error instanceof DuplicateError ? { existingId: error.existingId } : {}),
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.details ? { details: error.details } : {}),
        },
      },
      {
        status: error.status,
        ...(error instanceof ServiceUnavailableError
          ? { headers: { "Retry-After": String(error.retryAfterSeconds) } }
          : {}),
      },
    );
  }
  console.error("Unhandled API error", error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side." } },
    { status: 500 },
  );
}

async function principalOf(req: NextRequest): Promise<{ principal: Principal | null; viaCookie: boolean }> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    const principal = token ? await principalFromApiToken(token) : null;
    if (!principal) throw new UnauthorizedError("The API token is invalid or revoked.");
    return { principal, viaCookie: false };
  }
  return { principal: await principalFromSession(req.cookies.get(SESSION_COOKIE)?.value), viaCookie: true };
}

/** An Origin header as a comparable origin; "null" (sandboxed or opaque) and garbage give null. */
function parsedOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Cookies ride along on cross-site requests; bearer tokens do not, so only cookie writes are checked.
 * A present Origin must be this desk's own (lib/http/origin.ts); an opaque or unreadable one is refused.
 */
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  if (origin !== null) {
    const parsed = parsedOrigin(origin);
    if (!parsed || !acceptedOrigins(req.headers).has(parsed))
      throw new ForbiddenError("Cross-origin requests are not allowed.");
    return;
  }
  if (req.headers.get("sec-fetch-site") === "cross-site")
    throw new ForbiddenError("Cross-origin requests are not allowed.");
}

async function readJson(req: NextRequest): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw new PayloadTooLargeError("The request body is too large.");
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json"))
    throw new BadRequestError("Send the body as JSON with Content-Type: application/json.");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw new PayloadTooLargeError("The request body is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError("The request body is not valid JSON.");
  }
}

/** Path parameters are ids and slugs: one that cannot be clean text names nothing (404, not a 500 from the database). */
function assertCleanParams(params: unknown) {
  for (const value of Object.values(params ?? {}))
    for (const part of Array.isArray(value) ? value : [value])
      if (typeof part === "string" && !isCleanText(part)) throw new NotFoundError("The requested item");
}

/**
 * A route handler for one documented operation: the answer is shaped by the operation's response
 * schema (fields it does not name are dropped), sent with its status, or a download for file operations.
 */
export function apiRoute<P = Record<string, never>>(operation: ApiOperation, handler: Handler<P>) {
  const route = async (req: NextRequest, ctx: Context<P>) => {
    try {
      const { principal, viaCookie } = await principalOf(req);
      if (viaCookie && principal && !["GET", "HEAD", "OPTIONS"].includes(req.method)) assertSameOrigin(req);
      const params = await ctx.params;
      assertCleanParams(params);
      const result = await handler({ req, principal, params, json: () => readJson(req) });
      if (result instanceof Response && "file" in operation.response) return result;
      const { body, status } =
        result instanceof WithStatus ? result : { body: result, status: operation.status ?? 200 };
      return new NextResponse(shapedJson(operation, body), {
        status,
        headers: { "content-type": "application/json" },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(route, { operation });
}

export const searchParamsOf = (req: NextRequest) => Object.fromEntries(req.nextUrl.searchParams);
