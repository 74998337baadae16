const NOTICES: Record<string, string> = {
  created: "Imported from the web address; the page is archived beside the text.",
  revised: "The text at this address had changed since the last import: it is stored as a new revision.",
  unchanged: "This address was imported before and its text has not changed; this is the existing source.",
};

/** What a URL import did, shown once on the source page it leads to. */
export function ImportNotice({ outcome }: { outcome?: string | string[] }) {
  const message = typeof outcome === "string" ? NOTICES[outcome] : undefined;
  if (!message) return null;
  return (
    <div className="alert ok" role="status">
      {message}
    </div>
  );
}
