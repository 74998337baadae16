// The import form's action: what counts as a choice, what it says after an import, and when it opens
// the one new claim directly. The parsing and storing are covered by the service's own tests.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { makeUser } from "@/lib/testing/factories";
import { NavigationSignal } from "@/lib/testing/next-action-mocks";
import { useTestDatabase } from "@/lib/testing/test-database";
import { initialFormState } from "./form-state";

const current = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/lib/auth/current", () => ({ currentPrincipal: async () => current.principal }));
vi.mock("next/cache", () => import("@/lib/testing/next-action-mocks").then((m) => m.cache));
vi.mock("next/navigation", () => import("@/lib/testing/next-action-mocks").then((m) => m.navigation));

const { db } = useTestDatabase();
const { importClaimReviewForm } = await import("./claimreview-import");

beforeAll(async () => {
  current.principal = await makeUser("analyst");
});

/** A fictional ClaimReview JSON-LD document with one review per claim text. */
const jsonLd = (texts: string[]) =>
  JSON.stringify(
    texts.map((text, i) => ({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://kelbycheck.example/${encodeURIComponent(text)}`,
      claimReviewed: text,
      author: { "@type": "Organization", name: "Kelby Check (fictional)" },
      reviewRating: { "@type": "Rating", alternateName: i ? "True" : "False" },
    })),
  );

function form(entries: Record<string, string | File>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
}
const file = (text: string) => new File([text], "fact-checks.json", { type: "application/json" });

describe("importing fact-checks from the form", () => {
  it("asks for an address or a file when given neither (an empty file input does not count)", async () => {
    const state = await importClaimReviewForm(initialFormState, form({ url: " ", json: new File([], "") }));
    expect(state.ok).toBe(false);
    expect(state.fields?.url).toEqual(["Give the address of a fact-check page or choose a .json file."]);
  });

  it("refuses an address and a file together, storing nothing", async () => {
    const before = await (await db()).claim.count();
    const state = await importClaimReviewForm(
      initialFormState,
      form({ url: "https://kelbycheck.example/a", json: file(jsonLd(["Kelby has nine bridges."])) }),
    );
    expect(state.fields?.url).toEqual(["Give either an address or a file, not both."]);
    expect(await (await db()).claim.count()).toBe(before);
  });

  it("puts a file's parse error beside the file input", async () => {
    const state = await importClaimReviewForm(initialFormState, form({ json: file("{ not json") }));
    expect(state.fields?.json).toEqual(["The file is not valid JSON."]);
    expect(state.message).toBe("Please correct the fields marked below.");
  });

  it("opens the one new claim directly", async () => {
    const outcome = importClaimReviewForm(
      initialFormState,
      form({ json: file(jsonLd(["Kelby's mill burned twice."])) }),
    );
    const signal = await outcome.then(
      () => null,
      (e: unknown) => e,
    );
    expect(signal).toBeInstanceOf(NavigationSignal);
    const claim = await (await db()).claim.findFirstOrThrow({ where: { text: "Kelby's mill burned twice." } });
    expect((signal as NavigationSignal).to).toBe(`/claims/${claim.id}`);
  });

  it("lists several claims with links, and says plainly which were imported before", async () => {
    const texts = ["Kelby's ferry runs hourly.", "Kelby's school has 40 pupils."];
    const first = await importClaimReviewForm(initialFormState, form({ json: file(jsonLd(texts)) }));
    expect(first.message).toBe("Imported 2 fact-checks as draft claims.");
    const ids = await (await db()).claim.findMany({ where: { text: { in: texts } }, select: { id: true, text: true } });
    expect(first.links).toEqual(
      texts.map((text, i) => ({
        href: `/claims/${ids.find((c) => c.text === text)!.id}`,
        label: text,
        note: `Kelby Check (fictional): ${i ? "True" : "False"}`,
      })),
    );

    const again = await importClaimReviewForm(
      initialFormState,
      form({ json: file(jsonLd([...texts, "Kelby's tower leans north."])) }),
    );
    expect(again.message).toBe(
      "Imported 1 fact-check as a draft claim. 2 fact-checks were already imported and were left unchanged.",
    );
    expect(again.links?.map((l) => l.note)).toEqual([
      "Kelby Check (fictional): False · already imported",
      "Kelby Check (fictional): True · already imported",
      "Kelby Check (fictional): True",
    ]);
  });
});
