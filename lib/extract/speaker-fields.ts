// The speaker half of an extracted statement: name, kind, the words that named it, intermediary.
import type { Speaker } from "./discourse";
import { speakerKindOf, viaKindOf } from "./speaker-kind";
import type { ExtractedQuote } from "./types";

type SpeakerFields = Pick<
  ExtractedQuote,
  "speaker" | "speakerKind" | "speakerMention" | "via" | "viaKind" | "anonymous" | "role"
>;

export function speakerFields(speaker: Speaker | null, mention: string | null, via: string | null): SpeakerFields {
  return {
    speaker: speaker?.name ?? null,
    speakerKind: speaker ? (speaker.kind ?? speakerKindOf(speaker.name, speaker)) : null,
    // The words at the cue, when they are not simply the speaker's name ("she", "the detective").
    speakerMention: mention && (!speaker || mention !== speaker.name) ? mention : null,
    via,
    viaKind: viaKindOf(via),
    anonymous: speaker?.anonymous ?? false,
    role: positionOf(speaker?.role ?? null),
  };
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Hon|Lady|Lord|Madam|Madame)\.?$/i;
const NOT_A_POSITION =
  /^(?:who|whose|which|that|where|when|speaking|declining|asked|according|known|also|himself|herself|itself|now|then|\d)/i;

/** The speaker's stated job or position, or null: never a bare honorific ("Dr."), a relative clause
 *  (", who led the inquiry,") or an age. */
function positionOf(role: string | null): string | null {
  if (!role) return null;
  const words = role.trim().split(/\s+/);
  while (words.length && HONORIFIC.test(words[0])) words.shift();
  if (!words.length || words.length > 12 || NOT_A_POSITION.test(words[0])) return null;
  if (/^\p{Ll}+(?:ing|ed)$/u.test(words[0])) return null; // ", speaking on condition of anonymity,"
  return words.join(" ");
}
