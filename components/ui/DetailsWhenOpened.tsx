"use client";
import { useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is rendered only once a person opens it (and kept after). For forms that
 * repeat down a page and are rarely opened (a comment box per evidence item, the appearance picker): the
 * server sends no HTML for them, so the page is smaller and faster to render. Opening works as for any
 * details element (click or Enter/Space on the summary).
 */
export function DetailsWhenOpened({
  summary,
  children,
  className,
  defaultOpen = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  defaultOpen?: boolean;
}) {
  const [opened, setOpened] = useState(defaultOpen);
  return (
    <details
      className={className}
      open={defaultOpen || undefined}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
