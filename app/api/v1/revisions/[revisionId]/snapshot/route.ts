import { NotFoundError } from "@/lib/errors";
import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { getRevisionSnapshot } from "@/lib/services/source-import";

// The archived page or PDF exactly as fetched. Always a download, and /api/* carries
// `Content-Security-Policy: default-src 'none'`, so archived scripts never run on our origin.
export const GET = apiRoute<{ revisionId: string }>(
  operation("/revisions/{revisionId}/snapshot", "get"),
  async ({ principal, params }) => {
    const archived = await getRevisionSnapshot(principal, params.revisionId);
    if (!archived?.snapshot) throw new NotFoundError("Archived snapshot");
    const extension = archived.snapshotType === "application/pdf" ? "pdf" : "html";
    return new Response(Buffer.from(archived.snapshot), {
      headers: {
        "content-type": archived.snapshotType ?? "application/octet-stream",
        "content-disposition": `attachment; filename="snapshot-${params.revisionId}.${extension}"`,
        "x-content-hash": archived.snapshotHash ?? "",
        "cache-control": "private, no-store",
      },
    });
  },
);
