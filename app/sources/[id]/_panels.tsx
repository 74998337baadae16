// The source page's side panels, each an async server component inside its own <Suspense>: the text
// and its selection work while these are still on their way (ADR 0029).
import type { Principal } from "@/lib/auth/principal";
import { CommentThread } from "@/components/comments/CommentThread";
import { ClaimMatchPanel } from "@/components/matching/ClaimMatchPanel";
import { ReaderSidePanel } from "@/components/reader/ReaderSidePanel";
import { SuggestionList } from "@/components/reader/SuggestionList";
import { loadClaimPanels, loadComments, loadReaderLists } from "./_data";

type PanelProps = { principal: Principal; sourceId: string; canWrite: boolean };

export async function ReaderListsPanel({ principal, sourceId, canWrite }: PanelProps) {
  const { data, suggestions } = await loadReaderLists(principal, sourceId);
  return (
    <ReaderSidePanel
      data={data}
      canWrite={canWrite}
      suggestions={<SuggestionList sourceId={sourceId} canWrite={canWrite} first={suggestions} />}
    />
  );
}

export async function ClaimPanels({ principal, sourceId, canWrite }: PanelProps) {
  const { claimMatches, disagreeingNumbers } = await loadClaimPanels(principal, sourceId);
  return <ClaimMatchPanel matches={claimMatches} disagreeingNumbers={disagreeingNumbers} canWrite={canWrite} />;
}

export async function CommentsPanel({ principal, sourceId }: Omit<PanelProps, "canWrite">) {
  const { comments, mentionable } = await loadComments(principal, sourceId);
  return <CommentThread targetType="source" targetId={sourceId} thread={comments} members={mentionable} />;
}

/** What a panel shows until it arrives. */
export function PanelLoading({ label }: { label: string }) {
  return (
    <section className="side-section" aria-busy="true">
      <p className="small muted" role="status">
        {label}
      </p>
    </section>
  );
}
