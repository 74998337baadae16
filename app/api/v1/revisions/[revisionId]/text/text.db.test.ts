import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createApiToken } from "@/lib/auth/sessions";
import { createSource } from "@/lib/services/sources";
import { makeUser } from "@/lib/testing/factories";
import { callRoute } from "@/lib/testing/route-client";
import { useTestDatabase } from "@/lib/testing/test-database";
import { GET } from "./route";

useTestDatabase();

// Curly quotes, an accented name and a character outside the BMP: offsets are UTF-16, the bytes UTF-8.
const TEXT = "[FICTIONAL] “The Brask ferry is back,” said Åsa Lindqvist 🚢.\n\nTimetables follow on Friday.";

describe("GET /api/v1/revisions/{revisionId}/text", () => {
  it("answers the revision's text as UTF-8 plain text the browser may keep for good", async () => {
    const analyst = await makeUser("analyst");
    const token = await createApiToken(analyst.userId, "test");
    const source = await createSource(analyst, { title: "Brask ferry", text: TEXT, allowDuplicate: true });
    const revisionId = source.revision.id;
    const req = new NextRequest(`http://localhost:3000/api/v1/revisions/${revisionId}/text`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const res = await GET(req, { params: Promise.resolve({ revisionId }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(await res.text()).toBe(TEXT);
  });

  it("answers 404 for an unknown revision and 401 without a session", async () => {
    const token = await createApiToken((await makeUser("reviewer")).userId, "test");
    const missing = await callRoute(GET, "GET", "/x", { token, params: { revisionId: "no-such-revision" } });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe("not_found");
    const anonymous = await callRoute(GET, "GET", "/x", { params: { revisionId: "no-such-revision" } });
    expect(anonymous.status).toBe(401);
  });
});
