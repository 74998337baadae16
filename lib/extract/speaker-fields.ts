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
    role: speaker?.role ?? null,
  };
}
