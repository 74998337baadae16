import { createHash } from "node:crypto";

export const contentHash = (text: string) => "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");

/** Line endings normalised so offsets mean the same on every platform; nothing else changes. */
export const normaliseSourceText = (text: string) => text.replace(/\r\n?/g, "\n");

export { paragraphSpans } from "./paragraphs";

/** The same "sha256:" form for archived bytes (an HTML page or a PDF as fetched). */
export const bytesHash = (bytes: Uint8Array) => "sha256:" + createHash("sha256").update(bytes).digest("hex");

/** Cuts a metadata field to at most `max` characters, ending in an ellipsis when it was longer. */
export const clip = (s: string | null, max: number) => (s && s.length > max ? s.slice(0, max - 1).trimEnd() + "…" : s);
