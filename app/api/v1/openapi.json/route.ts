import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";
import { siteUrl } from "@/lib/site";

export function GET(req: NextRequest) {
  return NextResponse.json(openApiDocument(siteUrl(req.nextUrl.origin)));
}
