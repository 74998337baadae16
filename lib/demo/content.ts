// FICTIONAL demo workspace. Every place, person, outlet and event below is invented for
// Claimdesk's demo and tests; any resemblance to real ones is coincidental.
import type { ClaimKind, ClaimStatus } from "@/lib/validation/claims";
import type { Confidence } from "@/lib/validation/reviews";
import type { AttributionVerdict, TruthVerdict } from "@/lib/verdicts";

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS = [
  { email: "admin@demo.claimdesk.test", name: "Ada Admin", role: "admin" },
  { email: "editor@demo.claimdesk.test", name: "Edda Editor", role: "editor" },
  { email: "reviewer@demo.claimdesk.test", name: "Rafe Reviewer", role: "reviewer" },
  { email: "reviewer2@demo.claimdesk.test", name: "Rosa Reviewer", role: "reviewer" },
  { email: "analyst@demo.claimdesk.test", name: "Ana Analyst", role: "analyst" },
] as const;

export const DEMO_ACTORS = [
  { key: "varnia", name: "Government of Varnia", kind: "government", aliases: ["Varnia", "Varnian government"] },
  {
    key: "ministry",
    name: "Varnian Ministry of Foreign Affairs",
    kind: "government",
    aliases: ["Varnian foreign ministry"],
  },
  {
    key: "draskan",
    name: "Ivo Draskan",
    kind: "person",
    aliases: ["Draskan"],
    description: "Spokesman, Varnian Ministry of Foreign Affairs (fictional)",
  },
  { key: "kessel", name: "Kessel Brigade", kind: "armed_group", aliases: ["the Brigade"] },
  { key: "official", name: "A senior coalition official", kind: "anonymous", aliases: [] },
  {
    key: "sorvik",
    name: "Maj. Elin Sorvik",
    kind: "person",
    aliases: ["Elin Sorvik", "Sorvik"],
    description: "Spokesperson, Task Force Meridian (fictional)",
  },
  {
    key: "quill",
    name: "Mara Quill",
    kind: "person",
    aliases: ["Dr. Mara Quill", "Quill"],
    description: "Analyst, Calder Institute (fictional)",
  },
  { key: "courier", name: "The Harbor Courier", kind: "outlet", aliases: ["Harbor Courier"] },
  { key: "ledger", name: "The Meridian Ledger", kind: "outlet", aliases: [] },
] as const;
export type DemoActorKey = (typeof DEMO_ACTORS)[number]["key"];

export const DEMO_SOURCES = [
  {
    key: "ledger",
    title: "Rockets strike coalition base at Port Aldan; officials point to Varnia (fictional)",
    publisher: "The Meridian Ledger (fictional)",
    author: "Tomas Reyl",
    url: "https://ledger.example/2026/10/port-aldan-rockets",
    publishedAt: "2026-10-02",
    text: `[FICTIONAL DEMO ARTICLE. All people, places and organisations are invented.]

Rockets struck the coalition base at Port Aldan on Tuesday night, lightly wounding two service members, in the third such attack in a month.

Task Force Meridian answered with a strike on a depot used by the Kessel Brigade. "The strike was limited and aimed only at the launch site," said Maj. Elin Sorvik, a spokesperson for the task force. "We will protect our people," she added.

A senior coalition official told the Harbor Courier that Varnia's Revolutionary Directorate directs and funds the attacks on coalition forces. The official spoke on condition of anonymity because the intelligence had not been made public.

The Kessel Brigade said in a statement that at least four of its fighters were killed, a claim that could not be independently verified.

"The Brigade is an extension of the Directorate in all but name," said Mara Quill, an analyst at the Calder Institute. She said the rockets used in the attack were reportedly of a Varnian design, although it is not clear who supplied them.`,
  },
  {
    key: "wire",
    title: "Varnia rejects accusations over Port Aldan attack (fictional)",
    publisher: "Coastline Wire (fictional)",
    author: "Nadia Ferro",
    url: "https://coastline.example/varnia-rejects-accusations",
    publishedAt: "2026-10-03",
    text: `[FICTIONAL DEMO ARTICLE. All people, places and organisations are invented.]

Varnia on Wednesday rejected accusations that it was behind the rocket attack on the coalition base at Port Aldan.

"Varnia has no links to any armed group in Ostrava, and these accusations are baseless," Ivo Draskan, the spokesman of the Varnian foreign ministry, said at a news conference.

Local officials in Port Aldan said three fighters were killed in the coalition strike on the depot. The Kessel Brigade has given a higher figure.

Draskan said the coalition's presence in Ostrava was the real cause of instability in the region.`,
  },
  {
    key: "statement",
    title: "Statement of the Ministry of Foreign Affairs on the events at Port Aldan (fictional)",
    publisher: "Varnian Ministry of Foreign Affairs (fictional)",
    author: null,
    url: "https://mfa.varnia.example/statements/port-aldan",
    publishedAt: "2026-10-03",
    text: `[FICTIONAL DEMO STATEMENT. All people, places and organisations are invented.]

The Ministry of Foreign Affairs of the Republic of Varnia categorically denies any involvement in the attack on the coalition base at Port Aldan.

The Republic of Varnia does not direct, fund or arm the Kessel Brigade or any other group in Ostrava.

Allegations attributed to anonymous officials are factually wrong and are intended to justify the continued presence of foreign forces.`,
  },
] as const;
export type DemoSourceKey = (typeof DEMO_SOURCES)[number]["key"];

type DemoEvidence = {
  source: DemoSourceKey;
  quote: string;
  stance: "supports" | "contradicts" | "context";
  note?: string;
};
type DemoStatement = {
  source: DemoSourceKey;
  quote: string;
  speaker: DemoActorKey;
  via?: DemoActorKey;
  viaText?: string;
  cue: string;
  kind: "direct" | "indirect";
  anonymous?: boolean;
  hedges?: string[];
};

export const DEMO_STATEMENTS: DemoStatement[] = [
  {
    source: "ledger",
    quote: "Varnia's Revolutionary Directorate directs and funds the attacks on coalition forces",
    speaker: "official",
    via: "courier",
    viaText: "told the Harbor Courier",
    cue: "told",
    kind: "indirect",
    anonymous: true,
  },
  {
    source: "ledger",
    quote: "The strike was limited and aimed only at the launch site,",
    speaker: "sorvik",
    cue: "said",
    kind: "direct",
  },
  {
    source: "ledger",
    quote: "The Brigade is an extension of the Directorate in all but name,",
    speaker: "quill",
    cue: "said",
    kind: "direct",
  },
  {
    source: "ledger",
    quote: "at least four of its fighters were killed",
    speaker: "kessel",
    cue: "said in a statement",
    kind: "indirect",
    hedges: ["could not be independently verified"],
  },
  {
    source: "wire",
    quote: "Varnia has no links to any armed group in Ostrava, and these accusations are baseless,",
    speaker: "draskan",
    cue: "said",
    kind: "direct",
  },
  {
    source: "statement",
    quote: "The Republic of Varnia does not direct, fund or arm the Kessel Brigade or any other group in Ostrava.",
    speaker: "ministry",
    cue: "statement",
    kind: "direct",
  },
];

type DemoClaim = {
  key: string;
  text: string;
  kind: ClaimKind;
  status: ClaimStatus;
  claimant: DemoActorKey;
  subjects: DemoActorKey[];
  tags: string[];
  appearances: DemoSourceKey[];
  evidence: DemoEvidence[];
  reviews: {
    reviewer: string;
    truth: TruthVerdict;
    attribution: AttributionVerdict;
    rationale: string;
    confidence: Confidence;
  }[];
  card?: { headline: string; truth: TruthVerdict; attribution: AttributionVerdict; rationale: string };
};

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    key: "directs",
    text: "Varnia directs the Kessel Brigade's rocket attacks on coalition forces at Port Aldan",
    kind: "responsibility_attribution",
    status: "in_review",
    claimant: "official",
    subjects: ["varnia", "kessel"],
    tags: ["port-aldan", "attribution"],
    appearances: ["ledger"],
    evidence: [
      {
        source: "ledger",
        quote: "Varnia's Revolutionary Directorate directs and funds the attacks on coalition forces",
        stance: "supports",
        note: "Anonymous official, relayed by the Harbor Courier.",
      },
      {
        source: "ledger",
        quote: "The Brigade is an extension of the Directorate in all but name",
        stance: "supports",
        note: "Analyst's assessment, not first-hand.",
      },
      {
        source: "statement",
        quote: "The Republic of Varnia does not direct, fund or arm the Kessel Brigade or any other group in Ostrava.",
        stance: "contradicts",
      },
      {
        source: "wire",
        quote: "Varnia has no links to any armed group in Ostrava, and these accusations are baseless",
        stance: "contradicts",
      },
      { source: "ledger", quote: "it is not clear who supplied them", stance: "context" },
    ],
    reviews: [
      {
        reviewer: "reviewer@demo.claimdesk.test",
        truth: "unproven",
        attribution: "accurately_attributed",
        rationale:
          "The only direct support is an anonymous official relayed through another outlet; the denial is categorical but self-interested.",
        confidence: "medium",
      },
    ],
  },
  {
    key: "four-killed",
    text: "Four Kessel Brigade fighters were killed in the coalition strike on the Port Aldan depot",
    kind: "factual",
    status: "published",
    claimant: "kessel",
    subjects: ["kessel"],
    tags: ["port-aldan", "casualties"],
    appearances: ["ledger"],
    evidence: [
      {
        source: "ledger",
        quote: "at least four of its fighters were killed, a claim that could not be independently verified",
        stance: "supports",
        note: "The group's own count, unverified.",
      },
      {
        source: "wire",
        quote: "Local officials in Port Aldan said three fighters were killed in the coalition strike on the depot.",
        stance: "contradicts",
      },
    ],
    reviews: [
      {
        reviewer: "reviewer@demo.claimdesk.test",
        truth: "unproven",
        attribution: "accurately_attributed",
        rationale: "Two counts disagree (three vs. at least four) and neither was independently verified.",
        confidence: "high",
      },
      {
        reviewer: "reviewer2@demo.claimdesk.test",
        truth: "mixed",
        attribution: "accurately_attributed",
        rationale: "At least three deaths are confirmed by local officials; the fourth rests on the group's word.",
        confidence: "medium",
      },
    ],
    card: {
      headline: "Were four Kessel Brigade fighters killed at Port Aldan? The count is unproven",
      truth: "unproven",
      attribution: "accurately_attributed",
      rationale:
        "The Kessel Brigade says at least four of its fighters died; local officials say three. Neither figure has been independently verified, so the count of four is unproven. The claim is correctly attributed to the Brigade's own statement.",
    },
  },
  {
    key: "no-links",
    text: "Varnia's foreign ministry said Varnia has no links to any armed group in Ostrava",
    kind: "quote_attribution",
    status: "draft",
    claimant: "ministry",
    subjects: ["varnia"],
    tags: ["port-aldan"],
    appearances: ["wire", "statement"],
    evidence: [
      {
        source: "wire",
        quote: "Varnia has no links to any armed group in Ostrava",
        stance: "supports",
        note: "Spokesman at a news conference.",
      },
    ],
    reviews: [],
  },
];
