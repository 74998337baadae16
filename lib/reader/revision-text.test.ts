import { describe, expect, it, vi } from "vitest";
import { loadRevisionText, RevisionTextError, revisionTextUrl } from "./revision-text";

const answer = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));

describe("loadRevisionText", () => {
  it("fetches a revision's text from its own address once per tab", async () => {
    const fetchText = vi.fn(() => answer("[FICTIONAL] The Brask ferry resumed."));
    expect(await loadRevisionText("rev-once", fetchText)).toBe("[FICTIONAL] The Brask ferry resumed.");
    expect(await loadRevisionText("rev-once", fetchText)).toBe("[FICTIONAL] The Brask ferry resumed.");
    expect(fetchText.mock.calls).toEqual([["/api/v1/revisions/rev-once/text"]]);
  });

  it("forgets a failed fetch, so trying again fetches again", async () => {
    const failing = vi.fn(() => answer("", 503));
    await expect(loadRevisionText("rev-retry", failing)).rejects.toEqual(new RevisionTextError(503));
    const working = vi.fn(() => answer("[FICTIONAL] Timetables follow."));
    expect(await loadRevisionText("rev-retry", working)).toBe("[FICTIONAL] Timetables follow.");
    expect(working).toHaveBeenCalledTimes(1);
  });

  it("keeps only the last few texts", async () => {
    const fetchText = vi.fn((url: string) => answer(url));
    for (const id of ["k1", "k2", "k3", "k4", "k5"]) await loadRevisionText(id, fetchText);
    await loadRevisionText("k1", fetchText);
    expect(fetchText).toHaveBeenCalledTimes(6);
  });

  it("escapes the id into the address", () => {
    expect(revisionTextUrl("a/b?c")).toBe("/api/v1/revisions/a%2Fb%3Fc/text");
  });
});
