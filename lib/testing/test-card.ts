// A published card for unit tests of the pure builders (fictional content).
import type { PublishedCard } from "@/lib/cards/types";

export function testCard(overrides: Partial<PublishedCard> = {}): PublishedCard {
  return {
    slug: "the-velmora-ferry-resumes-at-dawn",
    claimId: "c1",
    number: 2,
    latestNumber: 2,
    headline: "Does the Velmora ferry resume at dawn? Unproven",
    truthVerdict: "unproven",
    attributionVerdict: "accurately_attributed",
    rationale: "Only the harbour authority says so.",
    correctionNote: "Corrected the date of the authority's statement.",
    publishedAt: "2026-11-22T10:00:00.000Z",
    firstPublishedAt: "2026-11-21T09:00:00.000Z",
    organizationName: "Claimdesk",
    history: [
      {
        number: 2,
        publishedAt: "2026-11-22T10:00:00.000Z",
        correctionNote: "Corrected the date of the authority's statement.",
        headline: "Does the Velmora ferry resume at dawn? Unproven",
      },
      {
        number: 1,
        publishedAt: "2026-11-21T09:00:00.000Z",
        correctionNote: null,
        headline: "Does the Velmora ferry resume at dawn?",
      },
    ],
    content: {
      claim: {
        text: "The Velmora ferry resumes at dawn",
        kind: "factual",
        claimant: "Velmora Harbour Authority",
        claimantKind: "organization",
      },
      truthVerdict: "unproven",
      attributionVerdict: "accurately_attributed",
      rationale: "Only the harbour authority says so.",
      evidence: [
        {
          stance: "supports",
          quote: "We expect the first sailing at dawn",
          sourceTitle: "Ferry to resume",
          publisher: "Velmora Post",
          publishedAt: "2026-11-20T00:00:00.000Z",
          url: "https://post.example/ferry",
        },
      ],
      reviewCount: 2,
      appearances: [
        {
          title: "Ferry to resume",
          publisher: "Velmora Post",
          url: "https://post.example/ferry",
          publishedAt: "2026-11-20T00:00:00.000Z",
        },
        { title: "Brask doubts ferry timetable", publisher: null, url: null, publishedAt: null },
      ],
      attributions: [
        {
          speaker: "Pia Lund",
          anonymous: false,
          cue: "said",
          kind: "direct",
          quote: "We expect the first sailing at dawn",
          via: [],
          source: {
            title: "Ferry to resume",
            publisher: "Velmora Post",
            url: "https://post.example/ferry",
            publishedAt: "2026-11-20T00:00:00.000Z",
          },
        },
      ],
      methodologyPath: "/methodology",
    },
    ...overrides,
  };
}
