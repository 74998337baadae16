"use client";
import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A header link that prefetches its page when the person shows intent (pointer over it, focus, touch),
 * not when it scrolls into view. The header is on every staff page: prefetching its eight links on sight
 * cost every page view eight or more extra requests, run by the server and parsed by the browser while the
 * page itself was still loading (the reader of a large source, ADR 0034). Pattern from Next's guide.
 */
export function IntentLink({
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next's default (prefetch the page), false never prefetches.
      prefetch={intent ? null : false}
      onMouseEnter={(e) => {
        setIntent(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setIntent(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setIntent(true);
        onTouchStart?.(e);
      }}
    />
  );
}
