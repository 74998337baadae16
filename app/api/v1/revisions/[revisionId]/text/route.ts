import { operation } from "@/lib/http/openapi";
import { apiRoute } from "@/lib/http/api";
import { readerText } from "@/lib/services/reader";

// A revision's text never changes (a new text is a new revision), so the browser keeps it for good and
// the reader of a source fetches it once per revision (ADR 0031). Private: only staff may read it.
export const GET = apiRoute<{ revisionId: string }>(
  operation("/revisions/{revisionId}/text", "get"),
  async ({ principal, params }) =>
    new Response(await readerText(principal, params.revisionId), {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "private, max-age=31536000, immutable",
      },
    }),
);
