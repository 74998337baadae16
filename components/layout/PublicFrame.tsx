import type { ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";

/**
 * The reader's header around public pages. It is the same for everyone (nobody's name, no unread
 * count), so the page can be cached whole and served to every visitor (ADR 0024).
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader principal={null} unread={0} />
      <main id="main">{children}</main>
    </>
  );
}
