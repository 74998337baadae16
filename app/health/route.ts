// A static page for load balancers and for the benchmark's ceiling: no database, no session.
export const dynamic = "force-static";

export function GET() {
  return new Response("<!doctype html><title>Claimdesk</title><p>ok</p>", {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
