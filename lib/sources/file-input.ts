// Reads an uploaded or CLI-given file (PDF or text) into the fields, text and archive of a source.
import path from "node:path";
import { archiveOf } from "./archive";
import { textFromFile } from "./file-import";
import { textFromPdf } from "./pdf";
import { clip } from "./text";

/** PDF files start with "%PDF-" whatever their name or announced type. */
export const isPdf = (bytes: Uint8Array) =>
  bytes.length > 4 && Buffer.from(bytes.subarray(0, 5)).toString() === "%PDF-";

/** A source's fields and archive, read from an uploaded or CLI-given file (PDF or text). */
export async function sourceInputFromFile(fileName: string, bytes: Uint8Array) {
  if (path.extname(fileName).toLowerCase() === ".pdf" || isPdf(bytes)) {
    const pdf = await textFromPdf(bytes, fileName);
    const fallback = path.basename(fileName, path.extname(fileName)).replace(/[-_]+/g, " ").trim();
    return {
      fields: { title: clip(pdf.title, 300) ?? (fallback || "Untitled PDF"), author: clip(pdf.author, 200) },
      publishedAt: pdf.publishedAt,
      text: pdf.text,
      archive: archiveOf(bytes, "application/pdf", { pageStarts: pdf.pageStarts }),
    };
  }
  const { title, text } = textFromFile(fileName, bytes);
  return { fields: { title, author: null }, publishedAt: null, text, archive: undefined };
}
