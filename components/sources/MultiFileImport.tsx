"use client";
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { importSourceFileForm } from "@/lib/actions/source-import";
import { initialFormState } from "@/lib/actions/form-state";

type Result = { name: string; ok: boolean; message: string; sourceId?: string; title?: string };

/** Many files at once: each is imported on its own, with a progress bar and a line per file. */
export function MultiFileImport() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<Result[]>([]);
  const [total, setTotal] = useState(0);
  const [running, setRunning] = useState(false);
  const [startedAt, setStartedAt] = useState(0);

  async function run(event: React.FormEvent) {
    event.preventDefault();
    const files = Array.from(input.current?.files ?? []);
    if (!files.length) return;
    setResults([]);
    setTotal(files.length);
    setRunning(true);
    setStartedAt(Date.now());
    for (const file of files) {
      const form = new FormData();
      form.set("file", file);
      let result: Result;
      try {
        const state = await importSourceFileForm(initialFormState, form);
        result = state.ok
          ? {
              name: file.name,
              ok: true,
              message: "Imported",
              sourceId: state.values?.sourceId,
              title: state.values?.title,
            }
          : { name: file.name, ok: false, message: state.fields?.file?.join(" ") ?? state.message ?? "Not imported." };
      } catch {
        result = { name: file.name, ok: false, message: "The server did not answer; try this file again." };
      }
      setResults((r) => [...r, result]);
    }
    setRunning(false);
  }

  const done = results.length;
  const failed = results.filter((r) => !r.ok).length;
  const elapsed = (Date.now() - startedAt) / 1000;
  const remaining = done && running ? Math.ceil((elapsed / done) * (total - done)) : null;
  return (
    <form onSubmit={run} className="stack" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Many files at once</h2>
      <div className="field">
        <label htmlFor={inputId}>Files</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
        />
        <span className="hint">
          Each file becomes its own source, titled from the file; one bad file does not stop the rest.
        </span>
      </div>
      <div>
        <button type="submit" className="primary" disabled={running} aria-busy={running}>
          {running ? "Importing…" : "Import files"}
        </button>
      </div>
      {total > 0 && (
        <div className="stack" aria-live="polite">
          <progress max={total} value={done} aria-label="Files imported" />
          <p className="small" role="status">
            {done} of {total} files done{failed ? `, ${failed} not imported` : ""}
            {remaining !== null ? ` · about ${remaining}s left` : ""}
          </p>
          <ul className="small">
            {results.map((r, i) => (
              <li key={i}>
                {r.ok && r.sourceId ? (
                  <>
                    {r.name}: <Link href={`/sources/${r.sourceId}`}>{r.title}</Link>
                  </>
                ) : (
                  <span className="error">
                    {r.name}: {r.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
