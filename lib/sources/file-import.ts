// Turns an uploaded or CLI-given file into source text. Rejects what is not text.
import path from "node:path";
import { ValidationError } from "@/lib/errors";
import { htmlToText } from "./html";
import { normaliseSourceText } from "./text";

export const IMPORTABLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export function textFromFile(fileName: string, bytes: Uint8Array): { title: string; text: string } {
  const ext = path.extname(fileName).toLowerCase();
  if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ValidationError(`${fileName}: only .txt, .md, .html and .pdf files can be imported.`, {
      file: ["Choose a .txt, .md, .html or .pdf file."],
    });
  }
  if (bytes.length === 0) throw new ValidationError(`${fileName} is empty.`, { file: ["The file is empty."] });
  if (bytes.includes(0))
    throw new ValidationError(`${fileName} is a binary file, not text.`, { file: ["The file is binary, not text."] });
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError(`${fileName} is not UTF-8 text.`, { file: ["The file is not UTF-8 text."] });
  }
  const fallbackTitle = path.basename(fileName, ext).replace(/[-_]+/g, " ").trim() || "Untitled source";
  if (ext === ".html" || ext === ".htm") {
    const { title, text } = htmlToText(decoded);
    return { title: title ?? fallbackTitle, text: normaliseSourceText(text) };
  }
  const text = normaliseSourceText(decoded.replace(/^\uFEFF/, ""));
  const heading = ext === ".txt" ? null : text.match(/^#\s+(.+)$/m)?.[1]?.trim();
  return { title: heading || fallbackTitle, text };
}
