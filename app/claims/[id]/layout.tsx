import type { ReactNode } from "react";
import { pageGate } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/http/not-found";
import { assertClaimExists } from "@/lib/services/claim-reader";

/**
 * Answers an unknown id with HTTP 404 before loading.tsx streams (as lib/auth/record-gate.ts does for
 * other records), from the statement the claim page reads about its reader anyway (ADR 0035).
 */
export default async function ClaimLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/claims/${id}`);
  await orNotFound(assertClaimExists(principal, id));
  return children;
}
