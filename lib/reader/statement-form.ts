// The statement edit form's field values, from a statement as the reader loads it. Shared by the form
// (what it opens with) and its server action (the latest values a conflict offers to reload).

export type EditableStatement = {
  id: string;
  version: number;
  speaker: { id: string; name: string };
  via: { id: string; name: string } | null;
  viaText: string | null;
  cue: string | null;
  kind: string;
  anonymous: boolean;
  hedges: string[];
  reportedById: string | null;
};

/** Field name → value, as the form posts them (the pickers' labels ride along as `…Label`). */
export function statementFormValues(s: EditableStatement): Record<string, string> {
  return {
    version: String(s.version),
    speakerId: s.speaker.id,
    speakerIdLabel: s.speaker.name,
    viaId: s.via?.id ?? "",
    viaIdLabel: s.via?.name ?? "",
    viaText: s.viaText ?? "",
    cue: s.cue ?? "",
    kind: s.kind,
    anonymous: String(s.anonymous),
    hedges: s.hedges.join(", "),
    reportedById: s.reportedById ?? "",
  };
}
