// Evidence as W3C Web Annotations (JSON-LD), so other annotation tools can read where each quote
// sits: a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end).
// The W3C model counts positions in Unicode code points; Claimdesk stores UTF-16 offsets, so
// positions are converted with the revision's text.

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type EvidenceForAnnotation = {
  id: string;
  claimId: string;
  claimText: string;
  stance: string;
  note: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  createdAt: Date;
  sourceId: string;
  sourceUrl: string | null;
  revisionText: string;
};

export const STANCE_WORDS: Record<string, string> = {
  supports: "Supports the claim",
  contradicts: "Contradicts the claim",
  context: "Context for the claim",
};

/** UTF-16 offset to code point offset in the same text. */
export function codePointOffset(text: string, utf16Offset: number): number {
  return Array.from(text.slice(0, utf16Offset)).length;
}

export function evidenceAnnotation(e: EvidenceForAnnotation, baseUrl: string) {
  const start = codePointOffset(e.revisionText, e.start);
  const end = start + Array.from(e.exact).length;
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `${baseUrl}/api/v1/claims/${e.claimId}/evidence/${e.id}`,
    type: "Annotation",
    motivation: "assessing",
    created: e.createdAt.toISOString(),
    body: [
      { type: "TextualBody", purpose: "classifying", value: STANCE_WORDS[e.stance] ?? e.stance },
      {
        type: "TextualBody",
        purpose: "linking",
        value: e.claimText,
        id: `${baseUrl}/claims/${e.claimId}`,
      },
      ...(e.note ? [{ type: "TextualBody", purpose: "commenting", value: e.note }] : []),
    ],
    target: {
      source: e.sourceUrl ?? `${baseUrl}/sources/${e.sourceId}`,
      selector: [
        { type: "TextQuoteSelector", exact: e.exact, prefix: e.prefix, suffix: e.suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

/** An AnnotationCollection with every annotation on its one page. */
export function annotationCollection(annotations: ReturnType<typeof evidenceAnnotation>[], id: string, label: string) {
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label,
    total: annotations.length,
    first: {
      id: `${id}#page1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: annotations.map(({ "@context": _context, ...a }) => a),
    },
  };
}
