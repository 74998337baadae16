import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cachedPageBaseUrl } from "@/lib/cards/base-url";
import "./globals.css";

// metadataBase is the base URL the JSON-LD uses, so og:url and og:image (relative in pages and the
// opengraph-image files) come out absolute and on the same host, never Next's localhost fallback.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(cachedPageBaseUrl()),
    title: { default: "Claimdesk", template: "%s · Claimdesk" },
    description: "Claim and attribution fact-checking desk",
  };
}

// The root layout reads no cookie or header, so public pages (cards, methodology) can be served from
// Next's full-route cache (ADR 0024). The header with the signed-in user is drawn by each staff
// section's layout (app/desk-chrome.tsx); public sections use components/layout/PublicFrame.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
