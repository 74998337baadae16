// The one wrapper every /api/v1 route handler goes through: who is calling, JSON in and out,
// same-origin check for cookie sessions, and domain errors turned into status codes.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { principalFromApiToken, principalFromSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import type { Principal } from "@/lib/auth/principal";
import {
  BadRequestError,
  DomainError,
  DuplicateError,
  ForbiddenError,
  PayloadTooLargeError,
  UnauthorizedError,
} from "@/lib/errors";

/** Enough for the largest source text (5 million characters of mostly ASCII) plus metadata. */
export const MAX_JSON_BODY_BYTES = 12 * 1024 * 1024;

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: {
  req: NextRequest;
  principal: Principal | null;
  params: P;
  json: () => Promise<unknown>;
}) => Promise<unknown>;

export function errorResponse(error: unknown): NextResponse {
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
      { status: error.status },
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

/** Cookies ride along on cross-site requests; bearer tokens do not, so only cookie writes are checked. */
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin && host && new URL(origin).host !== host)
    throw new ForbiddenError("Cross-origin requests are not allowed.");
  if (!origin && req.headers.get("sec-fetch-site") === "cross-site")
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

export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: { status?: number } = {}) {
  return async (req: NextRequest, ctx: Context<P>) => {
    try {
      const { principal, viaCookie } = await principalOf(req);
      if (viaCookie && principal && !["GET", "HEAD", "OPTIONS"].includes(req.method)) assertSameOrigin(req);
      const result = await handler({ req, principal, params: await ctx.params, json: () => readJson(req) });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export const searchParamsOf = (req: NextRequest) => Object.fromEntries(req.nextUrl.searchParams);
