// Guesses what kind of actor a name denotes, for actors created from extractor suggestions. An
// analyst can change the kind before accepting and afterwards; this only sets a sensible default.
import { ACTOR_KINDS, type ActorKind } from "@/lib/validation/actors";

const words = (list: string) => list.split("|");

/** "a senior official", "two people familiar with the talks": no name, a role instead. */
const ANONYMOUS =
  /^(an?|one|two|three|several|some|other|unnamed|anonymous)\b.*\b(officials?|sources?|diplomats?|aides?|spokes(?:person|man|woman)|people|persons?|residents?|witness(?:es)?|advisers?|advisors?|insiders?)\b/i;

const GOVERNMENT = words(
  "ministry|minister's office|government|cabinet|presidency|president's office|prime minister's office|embassy|consulate|parliament|senate|congress|department of|state department|foreign office|interior ministry|municipality|city council|city hall|mayor's office|governorate|white house|kremlin|pentagon|élysée|downing street|police|army|armed forces|navy|air force|defence forces|defense forces|military",
);
const ARMED_GROUP = words(
  "militia|militias|brigade|brigades|battalion|rebels|rebel|insurgents|insurgent|guerrilla|guerrillas|mobilization forces|mobilisation forces|liberation army|liberation front|popular front|hezbollah|hamas|houthis|ansar allah|taliban|islamic state|isis|isil|al-shabaab|al-qaeda|wagner|pmf|kata'ib|kataib|armed group",
);
const OUTLET = words(
  "news|times|post|herald|gazette|tribune|journal|courier|chronicle|radio|tv|television|broadcasting|broadcaster|channel|press|agency|wire|magazine|daily|weekly|reuters|associated press|afp|bbc|cnn|al jazeera|irna|tasnim|fars|tass|xinhua|anadolu",
);
const ORGANIZATION = words(
  "authority|company|corporation|corp|inc|ltd|llc|plc|group|association|union|federation|committee|commission|council|foundation|institute|organization|organisation|agency for|bank|university|hospital|party|coalition|alliance|league|red cross|red crescent|united nations|un|unicef|who|nato|ngo|watch|amnesty|board|office of",
);
/** Countries and states stand for their governments when they "say" something. */
const STATES = words(
  "afghanistan|albania|algeria|argentina|armenia|australia|austria|azerbaijan|bahrain|belarus|belgium|brazil|britain|bulgaria|canada|chile|china|colombia|croatia|cuba|cyprus|czechia|denmark|egypt|estonia|ethiopia|finland|france|georgia|germany|greece|hungary|india|indonesia|iran|iraq|ireland|israel|italy|japan|jordan|kazakhstan|kenya|kuwait|latvia|lebanon|libya|lithuania|mexico|moldova|morocco|netherlands|nigeria|north korea|norway|oman|pakistan|palestine|poland|portugal|qatar|romania|russia|saudi arabia|serbia|slovakia|somalia|south africa|south korea|spain|sudan|sweden|switzerland|syria|taiwan|tunisia|turkey|türkiye|uae|ukraine|united kingdom|united states|uk|us|usa|venezuela|vietnam|yemen",
);

const hasWord = (name: string, list: string[]) =>
  list.some((w) =>
    new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu").test(name),
  );

export type KindHints = {
  /** The extractor's own judgement, when it gives one (lib/extract `speakerKind`). */
  extractorKind?: string | null;
  /** The extractor marked the speaker anonymous. */
  anonymous?: boolean;
  /** Intermediaries without other clues are most often outlets; speakers, people. */
  role?: "speaker" | "via";
};

const isActorKind = (k: unknown): k is ActorKind => typeof k === "string" && ACTOR_KINDS.includes(k as ActorKind);

/** The kind a new actor called `name` most likely is. */
export function inferActorKind(name: string, hints: KindHints = {}): ActorKind {
  if (hints.anonymous) return "anonymous";
  if (isActorKind(hints.extractorKind)) return hints.extractorKind;
  const n = name.trim();
  if (ANONYMOUS.test(n)) return "anonymous";
  // Order matters: "Popular Mobilization Forces" is an armed group before "forces" makes it military,
  // "Iran's foreign ministry" is government, "Velmora Post" an outlet, "Harbour Authority" an organization.
  if (hasWord(n, ARMED_GROUP)) return "armed_group";
  if (hasWord(n, GOVERNMENT)) return "government";
  if (hasWord(n, OUTLET)) return "outlet";
  if (hasWord(n, ORGANIZATION)) return "organization";
  if (hasWord(n, STATES) && n.split(/\s+/).length <= 3) return "government";
  return hints.role === "via" ? "outlet" : "person";
}
