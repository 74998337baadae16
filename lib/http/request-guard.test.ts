import { describe, expect, it } from "vitest";
import { pathRefusal, serverActionRefusal } from "./request-guard";

const action = (headers: Record<string, string>) =>
  serverActionRefusal("POST", new Headers({ "next-action": "abc", host: "desk.example", ...headers }));

describe("requests refused before Next.js routes them", () => {
  it("paths that do not decode to clean text are 400", () => {
    expect(pathRefusal("/cards/%ED%A0%80")?.status).toBe(400);
    expect(pathRefusal("/api/v1/claims/%ED%A0%80/audit")?.status).toBe(400);
    expect(pathRefusal("/cards/a%00b")?.status).toBe(400);
    expect(pathRefusal("/cards/%E2%82")?.status).toBe(400);
    expect(pathRefusal("/cards/caf%C3%A9-%F0%9F%92%A5")).toBeNull();
    expect(pathRefusal("/claims/cl123/review")).toBeNull();
  });

  it("server action posts over the size limit are 413, with a null, unreadable or foreign Origin 403", () => {
    expect(action({ "content-length": String(13 * 1024 * 1024) })?.status).toBe(413);
    expect(action({ origin: "null" })?.status).toBe(403);
    expect(action({ origin: "http://[" })?.status).toBe(403);
    expect(action({ origin: "https://evil.example" })?.status).toBe(403);
    expect(action({ origin: "https://desk.example", "content-length": "100" })).toBeNull();
    expect(serverActionRefusal("GET", new Headers({ origin: "null" }))).toBeNull();
    expect(serverActionRefusal("POST", new Headers({ origin: "null", host: "desk.example" }))).toBeNull();
  });
});
