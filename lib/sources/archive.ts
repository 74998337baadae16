import { bytesHash } from "./text";

/** What is archived beside a revision's text: the original bytes, their type and hash, and where from. */
export type RevisionArchive = {
  snapshot: Uint8Array<ArrayBuffer>;
  snapshotType: string;
  snapshotHash: string;
  fetchedFrom: string | null;
  fetchedAt: Date | null;
  /** PDF sources only; left out (stored as NULL) otherwise. */
  pageStarts?: number[];
};

export function archiveOf(
  bytes: Uint8Array,
  type: string,
  from: { url?: string | null; pageStarts?: number[] | null } = {},
): RevisionArchive {
  return {
    snapshot: new Uint8Array(bytes),
    snapshotType: type,
    snapshotHash: bytesHash(bytes),
    fetchedFrom: from.url ?? null,
    fetchedAt: from.url ? new Date() : null,
    pageStarts: from.pageStarts ?? undefined,
  };
}

/** A revision's stored page starts (a Json column, PDF sources), or [] when it has none or they are unusable. */
export function parsePageStarts(value: unknown): number[] {
  return Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0) ? value : [];
}

/** The 1-based page holding `offset`, given where each page starts. */
export function pageOf(pageStarts: number[], offset: number): number {
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i] <= offset) page = i + 1;
  return page;
}
