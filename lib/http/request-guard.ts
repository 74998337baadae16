// Refusals proxy.ts gives before Next.js routes a request, for requests that would otherwise reach
// Next's own code and fail there with a 500: undecodable paths, oversized or cross-origin server
// action posts. Each answer is the 4xx a client can act on.
import { isCleanText } from "@/lib/validation/common";
import { MAX_BODY_BYTES } from "./limits";

export type Refusal = { status: 400 | 403 | 413; code: string; message: string };

/** Every path segment must decode as UTF-8 to clean text (no `%ED%A0%80`, no `%00`). */
export function pathRefusal(pathname: string): Refusal | null {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { status: 400, code: "bad_request", message: "This address is not valid." };
    }
    if (!isCleanText(decoded)) return { status: 400, code: "bad_request", message: "This address is not valid." };
  }
  return null;
}

/**
 * Server action posts (they carry a Next-Action header): too large is 413; an Origin that is "null",
 * unreadable or another host is 403. Next compares Origin with X-Forwarded-Host or Host the same way,
 * but answers a mismatch, and an unparseable Origin, with a 500.
 */
export function serverActionRefusal(method: string, headers: Headers): Refusal | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const declared = Number(headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES)
    return {
      status: 413,
      code: "payload_too_large",
      message: `The upload is too large; the limit is ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
    };
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost.toLowerCase() !== host.toLowerCase())
    return { status: 403, code: "forbidden", message: "Cross-origin requests are not allowed." };
  return null;
}
