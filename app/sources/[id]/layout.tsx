import type { ReactNode } from "react";
import { recordGate } from "@/lib/auth/record-gate";

/** Answers an unknown id with HTTP 404 before loading.tsx streams (see lib/auth/record-gate.ts). */
export default async function SourceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await recordGate("source", id, `/sources/${id}`);
  return children;
}
