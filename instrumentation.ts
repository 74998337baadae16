// Runs once when the server starts. Next 16 does not tell route handlers or server actions the
// client's socket address, which sign-in backoff needs (lib/auth/client-address.ts); this stamps
// every incoming request with it, under a secret only this process knows, replacing any value a
// client sent itself. It also starts the request clock that Next's cache handler reads
// (lib/http/request-clock.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [http, { randomBytes }, { installPeerStamp, PEER_HEADER }, { runWithRequestClock }] = await Promise.all([
    import("node:http"),
    import("node:crypto"),
    import("@/lib/auth/client-address"),
    import("@/lib/http/request-clock.mjs"),
  ]);
  const secret = randomBytes(18).toString("base64url");
  installPeerStamp({ secret });
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    const forward = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event !== "request") return forward();
    const req = args[0] as import("node:http").IncomingMessage;
    req.headers[PEER_HEADER] = `${secret} ${req.socket?.remoteAddress ?? ""}`;
    return runWithRequestClock(forward);
  } as typeof emit;
}
