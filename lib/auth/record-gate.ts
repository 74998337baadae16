import "server-only";
import { orNotFound } from "@/lib/http/not-found";
import { assertStaffRecordExists, type StaffRecordKind } from "@/lib/services/existence";
import { pageGate } from "./guard";

/**
 * For the layout of a staff record's pages: sign-in first, then HTTP 404 for an unknown id. It runs
 * in the layout, above the segment's loading.tsx, because once a Suspense fallback has streamed the
 * status (200) is already sent and a notFound() in the page could only show the not-found UI.
 */
export async function recordGate(kind: StaffRecordKind, id: string, path: string): Promise<void> {
  const { principal } = await pageGate("staff:read", path);
  await orNotFound(assertStaffRecordExists(principal, kind, id));
}
