import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { SourceImportForm } from "@/components/sources/SourceImportForm";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Import source" };

export default async function NewSourcePage() {
  const { denied } = await pageGate("source:write", "/sources/new");
  if (denied) return <AccessDenied message="Only analysts and editors import sources." />;
  return (
    <div className="panel" style={{ maxWidth: 860 }}>
      <h1>Import a source</h1>
      <p className="muted">
        Paste the text or choose a .txt, .md or .html file. The text is stored as an immutable snapshot with its content
        hash.
      </p>
      <SourceImportForm />
    </div>
  );
}
