import { publicBaseUrl } from "@/lib/http/origin";
import { operation } from "@/lib/http/openapi";
import { apiRoute, searchParamsOf } from "@/lib/http/api";
import { exportDataset } from "@/lib/services/exports";

export const GET = apiRoute<{ dataset: string }>(
  operation("/exports/{dataset}", "get"),
  async ({ req, principal, params }) => {
    const file = await exportDataset(
      principal,
      { ...searchParamsOf(req), dataset: params.dataset },
      publicBaseUrl(req.headers),
    );
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
        "x-export-count": String(file.count),
      },
    });
  },
);
