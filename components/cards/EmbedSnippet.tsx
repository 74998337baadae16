"use client";
import { useState } from "react";
import styles from "./ClaimCard.module.css";

/** The <iframe> code other sites paste, selectable by hand or copied with one click. */
export function EmbedSnippet({ snippet }: { snippet: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="field">
      <label htmlFor="embed-snippet">Embed this card</label>
      <textarea
        id="embed-snippet"
        className={styles.snippet}
        readOnly
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div>
        <button type="button" className="secondary" onClick={copy}>
          Copy embed code
        </button>{" "}
        <span role="status" className="small">
          {copied === "copied"
            ? "Copied."
            : copied === "failed"
              ? "Copy failed: select the code and copy it by hand."
              : ""}
        </span>
      </div>
    </div>
  );
}
