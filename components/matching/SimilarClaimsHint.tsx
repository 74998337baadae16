"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { similarClaimOptions } from "@/lib/actions/matching";

type Item = Awaited<ReturnType<typeof similarClaimOptions>>["items"][number];

/** Waits for typing to pause before asking the server. */
const DEBOUNCE_MS = 350;

/**
 * Mounted inside a claim form: watches the form's claim text field and lists the most similar
 * existing claims, with a warning when one may be the same claim.
 */
export function SimilarClaimsHint({ fieldName = "text" }: { fieldName?: string }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [warning, setWarning] = useState(false);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    const field = form?.elements.namedItem(fieldName);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const check = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const ask = ++latest;
        const result = field.value.trim().length >= 12 ? await similarClaimOptions(field.value) : null;
        if (ask !== latest) return;
        setItems(result?.items ?? []);
        setWarning(result?.warning ?? false);
      }, DEBOUNCE_MS);
    };
    field.addEventListener("input", check);
    check();
    return () => {
      clearTimeout(timer);
      field.removeEventListener("input", check);
    };
  }, [fieldName]);
  return (
    <div ref={anchor} aria-live="polite">
      {items.length > 0 && (
        <div className={warning ? "alert warn" : "alert"} data-testid="similar-claims-hint" role="status">
          <p className="small" style={{ margin: 0 }}>
            {warning
              ? "This claim may already exist. Check these before creating it:"
              : "Similar claims already on the desk:"}
          </p>
          <ul className="small">
            {items.map((i) => (
              <li key={i.id}>
                <Link href={`/claims/${i.id}`} target="_blank">
                  {i.text}
                </Link>{" "}
                <span className="muted">
                  ({i.warn ? "very similar" : "similar"}
                  {i.opposite ? ", possibly the opposite" : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
