// Operations that answer with a download rather than JSON.
import type { FileResponse } from "../operations/types";

export const exportFile: FileResponse = {
  file: ["text/csv; charset=utf-8", "application/json; charset=utf-8", "application/ld+json"],
};
export const snapshotFile: FileResponse = { file: ["text/html", "application/pdf"] };
export const revisionTextFile: FileResponse = { file: ["text/plain; charset=utf-8"] };
