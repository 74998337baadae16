// The staff header (who is signed in, their links, unread count) around a staff section. Each staff
// section's layout.tsx re-exports this; it reads the session cookie, so those sections render per
// request, while public sections (cards, methodology) use the cookie-free PublicFrame and are cached.
import type { ReactNode } from "react";
import { currentPrincipal } from "@/lib/auth/current";
import { unreadCount } from "@/lib/services/notifications";
import { SiteHeader } from "@/components/layout/SiteHeader";

export async function DeskChrome({ children }: { children: ReactNode }) {
  const principal = await currentPrincipal();
  const unread = principal ? await unreadCount(principal) : 0;
  return (
    <>
      <SiteHeader principal={principal} unread={unread} />
      <main id="main">{children}</main>
    </>
  );
}
