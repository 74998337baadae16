import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentPrincipal } from "@/lib/auth/current";
import { pageBaseUrl } from "@/lib/cards/base-url";
import { unreadCount } from "@/lib/services/notifications";
import { SiteHeader } from "@/components/layout/SiteHeader";
import "./globals.css";

// metadataBase is the base URL the JSON-LD uses, so og:url and og:image (relative in pages and the
// opengraph-image files) come out absolute and on the same host, never Next's localhost fallback.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await pageBaseUrl()),
    title: { default: "Claimdesk", template: "%s · Claimdesk" },
    description: "Claim and attribution fact-checking desk",
  };
}

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
