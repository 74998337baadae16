// Fetches one web page or PDF for import, defensively: http(s) only, a deadline, a size cap, a few
// redirects each checked anew, and every DNS answer checked before connecting. The socket connects to
// the very address that was checked (a custom `lookup`), so a second DNS answer cannot rebind it.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { ValidationError } from "@/lib/errors";
import { isPrivateAddress, privateFetchAllowed } from "./address-guard";

export type FetchRefusal =
  | "bad_url"
  | "private_address"
  | "dns"
  | "not_found"
  | "http_status"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "network"
  | "unsupported_type"
  | "empty_extraction"
  | "no_text_layer";

/** A URL import that cannot go ahead; a 422 with the message on the `url` field. */
export class UrlImportError extends ValidationError {
  constructor(
    readonly reason: FetchRefusal,
    message: string,
  ) {
    super(message, { url: [message] });
  }
}

export type FetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
};

export type FetchedDocument = {
  requestedUrl: string;
  finalUrl: string;
  contentType: string;
  charset: string | null;
  body: Buffer;
};

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;
const USER_AGENT = "Claimdesk/0.1 (source archiving for fact-checking)";

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UrlImportError("bad_url", "Enter a full web address starting with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UrlImportError("bad_url", "Only http:// and https:// addresses can be imported.");
  if (url.username || url.password)
    throw new UrlImportError("bad_url", "Addresses with a user name or password cannot be imported.");
  return url;
}

const refusePrivate = (host: string) =>
  new UrlImportError(
    "private_address",
    `${host} is a private or local network address; only public web pages can be imported.`,
  );

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error || !addresses.length)
        return callback(
          new UrlImportError("dns", `The address ${hostname} could not be found.`) as NodeJS.ErrnoException,
          "",
          0,
        );
      // Refuse when any answer is private: a host that mixes answers is probing us.
      if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address)))
        return callback(refusePrivate(hostname) as NodeJS.ErrnoException, "", 0);
      if (options.all) (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

type Hop = { status: number; headers: http.IncomingHttpHeaders; body: Buffer | null; location?: string };

function requestOnce(url: URL, opts: Required<FetchOptions>, deadline: number): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !opts.allowPrivate && isPrivateAddress(host)) return Promise.reject(refusePrivate(host));
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timeoutError(opts.timeoutMs));
    const req = client.request(
      url,
      {
        method: "GET",
        lookup: guardedLookup(opts.allowPrivate),
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null, location: res.headers.location });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null });
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        if (declared > opts.maxBytes) {
          res.destroy();
          return reject(tooLarge(opts.maxBytes));
        }
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
        const stream =
          encoding === "gzip" || encoding === "x-gzip"
            ? res.pipe(zlib.createGunzip())
            : encoding === "deflate"
              ? res.pipe(zlib.createInflate())
              : encoding === "br"
                ? res.pipe(zlib.createBrotliDecompress())
                : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            req.destroy(tooLarge(opts.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on("error", (e) => reject(e));
      },
    );
    req.setTimeout(remaining, () => req.destroy(timeoutError(opts.timeoutMs)));
    const timer = setTimeout(() => req.destroy(timeoutError(opts.timeoutMs)), remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (e) => reject(e));
    req.end();
  });
}

const timeoutError = (ms: number) =>
  new UrlImportError("timeout", `The page did not arrive within ${Math.round(ms / 1000)} seconds.`);
const tooLarge = (max: number) =>
  new UrlImportError("too_large", `The page is larger than ${Math.round(max / 1024 / 1024)} MB, the import limit.`);

/** Fetches a URL, following at most `maxRedirects` redirects, each to a re-checked http(s) address. */
export async function fetchDocument(rawUrl: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const opts: Required<FetchOptions> = {
    ...FETCH_DEFAULTS,
    allowPrivate: privateFetchAllowed(),
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  const deadline = Date.now() + opts.timeoutMs;
  let url = parseHttpUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    let result: Hop;
    try {
      result = await requestOnce(url, opts, deadline);
    } catch (e) {
      if (e instanceof UrlImportError) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? "";
      throw new UrlImportError("network", `The page could not be fetched (${code || (e as Error).message}).`);
    }
    if (result.location) {
      if (hop >= opts.maxRedirects)
        throw new UrlImportError("too_many_redirects", `The page redirected more than ${opts.maxRedirects} times.`);
      url = parseHttpUrl(new URL(result.location, url).toString());
      continue;
    }
    if (result.status === 404 || result.status === 410)
      throw new UrlImportError("not_found", `The page was not found (HTTP ${result.status}).`);
    if (!result.body)
      throw new UrlImportError("http_status", `The site answered HTTP ${result.status} instead of the page.`);
    const [type, ...params] = String(result.headers["content-type"] ?? "").split(";");
    const charset = params.map((p) => /^\s*charset=["']?([^"';\s]+)/i.exec(p)?.[1]).find(Boolean) ?? null;
    return {
      requestedUrl: rawUrl.trim(),
      finalUrl: url.toString(),
      contentType: type.trim().toLowerCase(),
      charset,
      body: result.body,
    };
  }
}
