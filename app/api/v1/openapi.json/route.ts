import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";
import { baseUrlFromHeaders } from "@/lib/cards/base-url";

export function GET(req: NextRequest) {
  return NextResponse.json(openApiDocument(baseUrlFromHeaders(req.headers)));
}
