import { can, type Principal } from "@/lib/auth/principal";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { logout } from "@/lib/actions/auth";
import { SearchBox } from "@/components/search/SearchBox";
import { InboxLink } from "@/components/notifications/InboxLink";
import { IntentLink } from "./IntentLink";
import { NavLinks } from "./NavLinks";

/** `unread` is the signed-in user's unread notification count (0 when nobody is signed in). */
export function SiteHeader({ principal, unread }: { principal: Principal | null; unread: number }) {
  const links = principal
    ? [
        { href: "/sources", label: "Sources" },
        { href: "/claims", label: "Claims" },
        { href: "/actors", label: "Actors" },
        { href: "/review", label: "Review queue" },
        { href: "/cards", label: "Cards" },
        ...(can(principal, "user:manage") ? [{ href: "/admin", label: "Admin" }] : []),
      ]
    : [{ href: "/cards", label: "Published claim cards" }];
  return (
    <header className="site-header">
      <div className="bar">
        <IntentLink href="/" className="brand">
          Claim<span>desk</span>
        </IntentLink>
        <NavLinks links={links} />
        {principal && <SearchBox />}
        <div className="whoami">
          {principal ? (
            <>
              {/* Who is signed in above their own links, so the header stays one line. */}
              <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", gap: 2 }}>
                <span className="small">
                  {principal.name} · {ROLE_LABELS[principal.role]}
                </span>
                <div style={{ display: "flex", gap: 10, alignItems: "center" }}>
                  <IntentLink href="/my-work" style={{ color: "#d6e2f0" }}>
                    My work
                  </IntentLink>
                  <InboxLink unread={unread} />
                  <form action={logout}>
                    <button className="link-button" type="submit">
                      Sign out
                    </button>
                  </form>
                </div>
              </div>
            </>
          ) : (
            <IntentLink href="/login" style={{ color: "#d6e2f0" }}>
              Staff sign in
            </IntentLink>
          )}
        </div>
      </div>
    </header>
  );
}
