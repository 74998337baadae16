// PDF text, page by page, with where each page starts in the joined text so anchors and the reader
// can name page numbers. Runs entirely offline (unpdf bundles a serverless pdf.js build).
import { extractText, getDocumentProxy } from "unpdf";
import { ValidationError } from "@/lib/errors";
import { normaliseSourceText } from "./text";

export { pageOf } from "./archive";

export const PAGE_SEPARATOR = "\n\n";

export type PdfText = {
  text: string;
  /** Offset in `text` where page i+1 begins. */
  pageStarts: number[];
  title: string | null;
  author: string | null;
  publishedAt: string | null;
};

export class NoTextLayerError extends ValidationError {
  constructor(name: string) {
    const message = `${name} has no text layer (it looks like a scan); run it through OCR first, then import the result.`;
    super(message, { file: [message] });
  }
}

const clean = (page: string) =>
  normaliseSourceText(page)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, " ")
    .replace(/[ \t]+\n/g, "\n")
    .trim();

/** "D:20261103120000Z" (PDF date) as YYYY-MM-DD. */
function pdfDate(value: unknown): string | null {
  const m = typeof value === "string" ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export async function textFromPdf(bytes: Uint8Array, name = "The PDF"): Promise<PdfText> {
  let pages: string[];
  let info: Record<string, unknown> = {};
  try {
    // pdf.js takes ownership of the buffer it is given; hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
  } catch {
    const message = `${name} could not be read as a PDF.`;
    throw new ValidationError(message, { file: [message] });
  }
  const cleaned = pages.map(clean);
  if (!cleaned.some((p) => p.length > 0)) throw new NoTextLayerError(name);
  const pageStarts: number[] = [];
  let text = "";
  cleaned.forEach((page, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += page;
  });
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  return {
    text,
    pageStarts,
    title: str(info.Title),
    author: str(info.Author),
    publishedAt: pdfDate(info.CreationDate),
  };
}
