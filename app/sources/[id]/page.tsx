import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { getSource } from "@/lib/services/sources";
import { SourceMeta } from "@/components/sources/SourceMeta";
import { SourceText } from "@/components/sources/SourceText";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/sources/${id}`);
  const source = await getSource(principal, id).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  return (
    <div className="grid-2">
      <article className="panel">
        <h1>{source.title}</h1>
        <SourceText text={source.revision.text} />
      </article>
      <aside className="panel">
        <h2 style={{ marginTop: 0 }}>About this source</h2>
        <SourceMeta source={source} />
      </aside>
    </div>
  );
}
