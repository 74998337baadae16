import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentPrincipal } from "@/lib/auth/current";
import { unreadCount } from "@/lib/services/notifications";
import { SiteHeader } from "@/components/layout/SiteHeader";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Claim and attribution fact-checking desk",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const principal = await currentPrincipal();
  const unread = principal ? await unreadCount(principal) : 0;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader principal={principal} unread={unread} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
