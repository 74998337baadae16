import type { ReactNode } from "react";
import { recordGate } from "@/lib/auth/record-gate";

/** Answers an unknown id with HTTP 404 before loading.tsx streams (see lib/auth/record-gate.ts). */
export default async function ClaimLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await recordGate("claim", id, `/claims/${id}`);
  return children;
}
