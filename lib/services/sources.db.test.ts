import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/test-database";
import { fictionalArticle, makeUser } from "@/lib/testing/factories";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { createSource, getSource, listSources } from "./sources";

const { db } = useTestDatabase();

async function counts() {
  const d = await db();
  return {
    sources: await d.source.count(),
    revisions: await d.sourceRevision.count(),
    audit: await d.auditEvent.count(),
  };
}

describe("sources service", () => {
  it("stores an immutable first revision with its content hash and an audit event", async () => {
    const analyst = await makeUser("analyst");
    const text = fictionalArticle();
    const source = await createSource(analyst, {
      title: "Ferry service resumes",
      text,
      publisher: "Velmora Post",
      publishedAt: "2026-03-02",
      url: "https://post.example/ferry",
    });
    const stored = await getSource(analyst, source.id);
    expect(stored.revision.number).toBe(1);
    expect(stored.revision.text).toBe(text);
    expect(stored.revision.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe("2026-03-02");
    const audit = await (await db()).auditEvent.findFirst({ where: { entityId: source.id } });
    expect(audit?.action).toBe("create");
    expect(audit?.userId).toBe(analyst.userId);
  });

  it("imports a 2 MB text", async () => {
    const analyst = await makeUser("analyst");
    const paragraph = "The committee of Orlen met again today and heard from witnesses about the bridge. ";
    const text = paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length));
    const source = await createSource(analyst, { title: "Long transcript", text });
    expect((await getSource(analyst, source.id)).revision.text.length).toBe(text.length);
  });

  it("rejects empty, binary and badly-formed input with field messages and writes nothing", async () => {
    const analyst = await makeUser("analyst");
    const before = await counts();
    const cases: [unknown, string][] = [
      [{ title: "Empty", text: "   \n " }, "text"],
      [{ title: "Binary", text: "abc\u0000def" }, "text"],
      [{ title: "", text: "Some text" }, "title"],
      [{ title: "Bad URL", text: "Some text", url: "javascript:alert(1)" }, "url"],
      [{ title: "Bad date", text: "Some text", publishedAt: "yesterday" }, "publishedAt"],
      [{ title: 42, text: "Some text" }, "title"],
    ];
    for (const [input, field] of cases) {
      const error = await createSource(analyst, input).catch((e) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fields)).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it("lets only staff read and only analysts, editors and admins write", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(createSource(null, { title: "x", text: "y" })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createSource(reviewer, { title: "x", text: "y" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSources(null)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(listSources(reviewer)).resolves.toHaveProperty("items");
  });

  it("paginates newest first with a cursor", async () => {
    const editor = await makeUser("editor");
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await createSource(editor, { title: `Page test ${i}`, text: fictionalArticle() }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSources(editor, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const s of made) expect(seen).toContain(s.id);
    await expect(listSources(editor, { limit: 1000 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("ends on the last page: no cursor once nothing is left, even when that page is exactly full", async () => {
    const editor = await makeUser("editor");
    for (let i = 0; i < 3; i++) await createSource(editor, { title: `Last page ${i}`, text: fictionalArticle() });
    const total = await (await db()).source.count();

    const exactlyFull = await listSources(editor, { limit: total });
    expect(exactlyFull.items).toHaveLength(total);
    expect(exactlyFull.nextCursor).toBeNull();

    const first = await listSources(editor, { limit: total - 1 });
    expect(first.nextCursor).toBe(first.items.at(-1)?.id);
    const last = await listSources(editor, { limit: total - 1, cursor: first.nextCursor ?? undefined });
    expect(last.items).toHaveLength(1);
    expect(last.nextCursor).toBeNull();
  });
});
