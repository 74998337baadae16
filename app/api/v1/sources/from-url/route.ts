import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { importSourceFromUrl } from "@/lib/services/source-import";

export const POST = apiRoute(async ({ principal, json }) => {
  const result = await importSourceFromUrl(principal, await json());
  return NextResponse.json(result, { status: result.outcome === "created" ? 201 : 200 });
});
