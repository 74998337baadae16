import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { listActors } from "@/lib/services/actors";
import { listWithValidFilters } from "@/lib/http/page-filters";
import { ACTOR_KIND_LABELS } from "@/lib/validation/actors";
import { ActorForm } from "@/components/actors/ActorForm";
import { EmptyState } from "@/components/ui/EmptyState";
import { IgnoredFilters } from "@/components/ui/IgnoredFilters";
import { Pagination } from "@/components/ui/Pagination";

export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage({ searchParams }: { searchParams: Promise<{ cursor?: string; q?: string }> }) {
  const { principal } = await pageGate("staff:read", "/actors");
  const { cursor, q } = await searchParams;
  const { result: page, ignored } = await listWithValidFilters({ cursor, q }, (f) => listActors(principal, f));
  return (
    <div className="grid-2">
      <div>
        <div className="page-head">
          <h1>Actors</h1>
        </div>
        <IgnoredFilters ignored={ignored} />
        <form role="search" className="field" style={{ marginBottom: 12 }}>
          <label htmlFor="actor-q">Find by name or alias</label>
          <input id="actor-q" name="q" defaultValue={q ?? ""} type="search" />
        </form>
        {page.items.length === 0 ? (
          <EmptyState title={q ? "No actor matches" : "No actors yet"} />
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Name</th>
                <th>Kind</th>
                <th>Aliases</th>
                <th>Statements</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/actors/${a.id}`}>{a.name}</Link>
                  </td>
                  <td className="small">{ACTOR_KIND_LABELS[a.kind]}</td>
                  <td className="small">{a.aliases.map((x) => x.alias).join(", ") || "—"}</td>
                  <td>{a._count.statements}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination basePath="/actors" query={{ q }} nextCursor={page.nextCursor} isFirstPage={!cursor} />
      </div>
      {can(principal, "actor:write") && (
        <aside className="panel">
          <h2 style={{ marginTop: 0 }}>Add an actor</h2>
          <ActorForm />
        </aside>
      )}
    </div>
  );
}
