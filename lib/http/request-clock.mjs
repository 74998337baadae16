// When the request being served began, for Next's cache handler (cache-handler.mjs). A copy that was
// rendered from data read before an invalidation must not be stored as fresh, and Next stamps a copy
// with the time it is stored, not the time its data was read (ADR 0024, "Invalidation races").
// instrumentation.ts starts the clock for every request; Next bundles that file while it loads the
// cache handler as-is, so the one store per process is kept on globalThis.
const STORE = Symbol.for("claimdesk.requestClock");

function clock() {
  const { AsyncLocalStorage } = process.getBuiltinModule("node:async_hooks");
  return (globalThis[STORE] ??= new AsyncLocalStorage());
}

/**
 * Runs `serve` with the current time as its request's start.
 * @template T
 * @param {() => T} serve
 * @returns {T}
 */
export function runWithRequestClock(serve) {
  return clock().run({ startedAt: Date.now() }, serve);
}

/** @returns {number | undefined} when the request being served began; undefined outside a request */
export function requestStartedAt() {
  return clock().getStore()?.startedAt;
}
