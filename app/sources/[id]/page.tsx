import { Suspense } from "react";
import { preload } from "react-dom";
import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { can } from "@/lib/auth/principal";
import { orNotFound } from "@/lib/http/not-found";
import { packHighlights } from "@/lib/reader/packed-highlights";
import { revisionTextUrl } from "@/lib/reader/revision-text";
import { parsePageStarts } from "@/lib/sources/archive";
import { readerShell } from "@/lib/services/reader";
import { ReaderWorkspace } from "@/components/reader/ReaderWorkspace";
import { SourceEditForm } from "@/components/sources/SourceEditForm";
import { HighlightLegend } from "@/components/reader/HighlightLegend";
import { ExportLinks } from "@/components/exports/ExportLinks";
import { ImportNotice } from "@/components/sources/ImportNotice";
import { SourceMeta } from "@/components/sources/SourceMeta";
import { SourceText } from "@/components/sources/SourceText";
import { ClaimPanels, CommentsPanel, PanelLoading, ReaderListsPanel } from "./_panels";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ imported?: string | string[] }>;
}) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/sources/${id}`);
  // Only what the text needs; the side panels stream in after it (ADR 0029).
  const { source, highlights, statements, needsReview } = await orNotFound(readerShell(principal, id));
  // The text is fetched on its own, once per revision (ADR 0031); the browser starts while the scripts load.
  preload(revisionTextUrl(source.revision.id), { as: "fetch", crossOrigin: "anonymous" });
  // Statements and evidence need the same roles, so one flag gates both toolbars.
  const canWrite = can(principal, "evidence:write") && can(principal, "statement:write");
  return (
    <div className="stack">
      <ImportNotice outcome={(await searchParams).imported} />
      <div className="page-head">
        <div>
          <h1>{source.title}</h1>
          <p className="small muted" style={{ margin: 0 }}>
            Revision {source.revision.number} of this source
            {needsReview > 0 && (
              <>
                {" "}
                · <a href="#needs-review-heading">{needsReview} need review</a>
              </>
            )}
          </p>
        </div>
        <HighlightLegend />
      </div>
      <ReaderWorkspace
        sourceId={source.id}
        canWrite={canWrite}
        statements={statements.map((s) => ({
          id: s.id,
          label: `${s.speaker.name}${s.via ? ` via ${s.via.name}` : ""}: “${s.exact.length > 60 ? `${s.exact.slice(0, 59)}…` : s.exact}”`,
        }))}
        text={
          <SourceText
            revisionId={source.revision.id}
            // Packed: thousands of highlights as one string and one array, not objects (ADR 0034).
            highlights={packHighlights(highlights)}
            pageStarts={parsePageStarts(source.revision.pageStarts)}
          />
        }
        aside={
          <div className="stack">
            <section className="side-section" aria-labelledby="about-heading">
              <h2 id="about-heading">About this source</h2>
              <SourceMeta source={source} />
              <ExportLinks dataset="evidence" filter={{ sourceId: source.id }} annotations />
              <ExportLinks dataset="statements" filter={{ sourceId: source.id }} />
              {canWrite && (
                // Only the fields it edits: the whole row would carry the revision's text into the payload again.
                <SourceEditForm
                  source={{
                    id: source.id,
                    title: source.title,
                    kind: source.kind,
                    publisher: source.publisher,
                    author: source.author,
                    url: source.url,
                    publishedAt: source.publishedAt,
                    version: source.version,
                  }}
                />
              )}
            </section>
            <Suspense fallback={<PanelLoading label="Loading suggestions, evidence and statements…" />}>
              <ReaderListsPanel principal={principal} sourceId={source.id} canWrite={canWrite} />
            </Suspense>
            <Suspense fallback={<PanelLoading label="Looking for passages that bear on claims…" />}>
              <ClaimPanels principal={principal} sourceId={source.id} canWrite={canWrite} />
            </Suspense>
            <Suspense fallback={<PanelLoading label="Loading comments…" />}>
              <CommentsPanel principal={principal} sourceId={source.id} />
            </Suspense>
          </div>
        }
      />
    </div>
  );
}
