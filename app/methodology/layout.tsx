import type { ReactNode } from "react";
import { PublicFrame } from "@/components/layout/PublicFrame";

// Public section: the same header for every visitor, so its pages can be cached whole (ADR 0024).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
