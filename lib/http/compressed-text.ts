// Large immutable text answers gzip-compressed when the client accepts it: `next start` sends a route
// handler's body as it is, and a 2 MB revision text is ~4× smaller compressed (ADR 0031).
import "server-only";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { NextRequest } from "next/server";

const gzipAsync = promisify(gzip);

/** Compressed bodies of immutable texts by key, most recently used last. */
const KEPT = 8;
const kept = new Map<string, Promise<Buffer>>();

function compressedOnce(key: string, text: string): Promise<Buffer> {
  let body = kept.get(key);
  if (body) kept.delete(key);
  else {
    // On the thread pool, not the event loop.
    body = gzipAsync(text);
    body.catch(() => kept.delete(key));
  }
  kept.set(key, body);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return body;
}

const acceptsGzip = (req: NextRequest) =>
  (req.headers.get("accept-encoding") ?? "")
    .split(",")
    .some((coding) => /^\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*$)[\d.]+\s*)?$/i.test(coding));

/**
 * A text/plain answer, gzip-compressed when the request accepts it. `key` names the text and must
 * change whenever the text does (a revision id): compressed bodies are kept by it.
 */
export async function immutableTextResponse(
  req: NextRequest,
  key: string,
  text: string,
  headers: Record<string, string>,
): Promise<Response> {
  const common = { ...headers, "content-type": "text/plain; charset=utf-8", vary: "accept-encoding" };
  if (!acceptsGzip(req)) return new Response(text, { headers: common });
  const body = await compressedOnce(key, text);
  return new Response(new Uint8Array(body), { headers: { ...common, "content-encoding": "gzip" } });
}
