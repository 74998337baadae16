import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";
import { publicBaseUrl } from "@/lib/http/origin";

export function GET(req: NextRequest) {
  return NextResponse.json(openApiDocument(publicBaseUrl(req.headers)));
}
