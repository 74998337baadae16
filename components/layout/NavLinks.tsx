"use client";
import { usePathname } from "next/navigation";
import { IntentLink } from "./IntentLink";

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {links.map((l) => (
        <IntentLink
          key={l.href}
          href={l.href}
          aria-current={pathname === l.href || pathname.startsWith(l.href + "/") ? "page" : undefined}
        >
          {l.label}
        </IntentLink>
      ))}
    </nav>
  );
}
