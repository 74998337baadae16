// Calls a Next.js route handler in-process with a real NextRequest, as the server would.
import { NextRequest } from "next/server";

type RouteHandler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type CallOptions = {
  token?: string;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
};

export async function callRoute(handler: unknown, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { host: "localhost:3000", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  if (options.rawBody !== undefined) headers["content-type"] ??= "application/json";
  const req = new NextRequest(`http://localhost:3000${path}`, { method, headers, body });
  const res = await (handler as RouteHandler)(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON body; each test asserts the shape it reads
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
