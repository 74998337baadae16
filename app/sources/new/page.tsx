import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { SourceImportForm } from "@/components/sources/SourceImportForm";
import { MultiFileImport } from "@/components/sources/MultiFileImport";
import { UrlImportForm } from "@/components/sources/UrlImportForm";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Import source" };

export default async function NewSourcePage() {
  const { denied } = await pageGate("source:write", "/sources/new");
  if (denied) return <AccessDenied message="Only analysts and editors import sources." />;
  return (
    <div className="stack" style={{ maxWidth: 860 }}>
      <h1>Import a source</h1>
      <section className="panel">
        <UrlImportForm />
      </section>
      <section className="panel stack" aria-labelledby="paste-import-heading">
        <h2 id="paste-import-heading">Paste or upload</h2>
        <p className="muted">
          Paste the text or choose a .txt, .md, .html or .pdf file. The text is stored as an immutable snapshot with its
          content hash.
        </p>
        <SourceImportForm />
      </section>
      <section className="panel">
        <MultiFileImport />
      </section>
    </div>
  );
}
