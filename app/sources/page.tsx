import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { listWithValidFilters } from "@/lib/http/page-filters";
import { listSources } from "@/lib/services/sources";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/EmptyState";
import { IgnoredFilters } from "@/components/ui/IgnoredFilters";
import { Pagination } from "@/components/ui/Pagination";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { principal } = await pageGate("staff:read", "/sources");
  const { cursor } = await searchParams;
  const { result: page, ignored } = await listWithValidFilters({ cursor }, (f) => listSources(principal, f));
  return (
    <div>
      <div className="page-head">
        <h1>Sources</h1>
        {can(principal, "source:write") && (
          <Link className="button" href="/sources/new">
            Import source
          </Link>
        )}
      </div>
      <IgnoredFilters ignored={ignored} />
      {page.items.length === 0 ? (
        <EmptyState title="No sources yet">
          <p>Import an article or statement to start annotating.</p>
        </EmptyState>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Title</th>
              <th>Publisher</th>
              <th>Published</th>
              <th>Evidence</th>
              <th>Statements</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/sources/${s.id}`}>{s.title}</Link>
                </td>
                <td>{s.publisher ?? <span className="muted">—</span>}</td>
                <td className="small">{formatDate(s.publishedAt)}</td>
                <td>{s._count.evidence}</td>
                <td>{s._count.statements}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination basePath="/sources" query={{}} nextCursor={page.nextCursor} isFirstPage={!cursor} />
    </div>
  );
}
