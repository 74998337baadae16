// What sort of actor a speaker or intermediary is, from the words of its name: an accepted
// suggestion creates an actor of this kind. Generic English words only; a name without telling
// words is a person when it was taken as one and an organisation otherwise.
import type { SpeakerKind } from "./types";

const word = (words: string) => new RegExp(String.raw`\b(?:${words.trim().split(/\s+/).join("|")})\b`, "i");

const ARMED = word(`
  militia militias militiamen rebel rebels insurgent insurgents insurgency guerrilla guerrillas
  paramilitary paramilitaries jihadist jihadists brigade brigades liberation mujahideen
  separatist separatists fighters armed\s+group armed\s+groups resistance
`);
const OUTLET = word(`
  news times post herald tribune journal gazette courier chronicle telegraph observer wire radio
  television tv fm broadcasting broadcaster broadcasters newspaper newspapers daily weekly magazine
  press media outlet outlets channel newswire tabloid bulletin
  news\s+agency press\s+agency
`);
const GOVERNMENT = word(`
  ministry ministries department government governments administration cabinet presidency
  parliament senate congress council councils municipality municipal embassy consulate police army
  navy military air\s+force armed\s+forces command authorities prosecutor prosecutors prosecution
  court courts judiciary regime junta agency bureau kremlin coast\s+guard national\s+guard
  state\s+department foreign\s+office home\s+office city\s+hall town\s+hall fire\s+service
  fire\s+department gendarmerie customs authority
`);
/** A news agency is an outlet even though "agency" alone is usually a public body. */
const NEWS_AGENCY = /\b(?:news|press|wire)\s+(?:agency|service)\b/i;

export type KindHints = { person: boolean; anonymous: boolean };

/** Kind of a speaker or intermediary named `name`; `hints` come from how the phrase was parsed. */
export function speakerKindOf(name: string, hints: KindHints): SpeakerKind {
  if (hints.anonymous) return "anonymous";
  if (hints.person) return "person";
  if (NEWS_AGENCY.test(name)) return "outlet";
  if (ARMED.test(name)) return "armed_group";
  if (OUTLET.test(name)) return "outlet";
  if (GOVERNMENT.test(name)) return "government";
  return "organization";
}

/** Kind of an intermediary: an outlet unless its name says otherwise (a reporter, a ministry). */
export function viaKindOf(via: string | null): SpeakerKind | null {
  if (!via) return null;
  if (NEWS_AGENCY.test(via) || OUTLET.test(via)) return "outlet";
  if (ARMED.test(via)) return "armed_group";
  if (GOVERNMENT.test(via)) return "government";
  // "according to reporting by Tim Vance": two or three capitalised words are a reporter.
  if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(via)) return "person";
  return "outlet";
}
