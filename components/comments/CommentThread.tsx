import { deleteCommentForm } from "@/lib/actions/team";
import { formatDate } from "@/lib/format";
import type { listComments } from "@/lib/services/comments";
import type { CommentTarget } from "@/lib/validation/team";
import { ActionButton } from "@/components/forms/ActionButton";
import { CommentForm } from "./CommentForm";
import type { MentionMember } from "./MentionTextarea";
import { CommentText } from "./CommentText";

export type Thread = Awaited<ReturnType<typeof listComments>>;
type Comment = Thread["comments"][number];
type Props = {
  targetType: CommentTarget;
  targetId: string;
  title?: string;
  thread: Thread;
  /** Who a comment can @mention (the page fetches the team once). */
  members: MentionMember[];
};
type ViewProps = {
  targetType: CommentTarget;
  targetId: string;
  title: string;
  thread: Thread;
  members: MentionMember[];
  headingLevel?: "h2" | "h3";
  /** Label of the new-comment box, distinct when a page shows several threads. */
  formLabel?: string;
};

/** Internal discussion of one item. Staff pages only: never mounted on a public page. */
export function CommentThread({ targetType, targetId, title = "Internal comments", thread, members }: Props) {
  return (
    <section aria-labelledby={`comments-${targetId}`} className="panel stack-tight">
      <CommentThreadView targetType={targetType} targetId={targetId} title={title} thread={thread} members={members} />
      <p className="small muted">Only staff see these. They never appear on a published card.</p>
    </section>
  );
}

export function CommentThreadView({
  targetType,
  targetId,
  title,
  thread,
  members: mentionable,
  headingLevel = "h2",
  formLabel,
}: ViewProps) {
  const { comments, hiddenUntilYouReview } = thread;
  const Heading = headingLevel;
  const ids = new Set(comments.map((c) => c.id));
  // A reply whose parent this reader cannot see is shown at the top level.
  const roots = comments.filter((c) => !c.parentId || !ids.has(c.parentId));
  const repliesTo = (id: string) => comments.filter((c) => c.parentId === id);

  const Item = ({ c }: { c: Comment }) => (
    <li id={`comment-${c.id}`} className="comment" data-testid="comment">
      <div className="small muted">
        <strong>{c.author.name}</strong> · {formatDate(c.createdAt)}
        {c.editedAt && " · edited"}
      </div>
      {c.deletedAt ? <p className="muted small">Comment deleted.</p> : <CommentText body={c.body} />}
      <div className="row-actions">
        {c.canEdit && (
          <details>
            <summary className="small">Edit</summary>
            <CommentForm
              targetType={targetType}
              targetId={targetId}
              members={mentionable}
              edit={{ id: c.id, body: c.body }}
            />
          </details>
        )}
        {c.canDelete && (
          <ActionButton action={deleteCommentForm} fields={{ id: c.id }} label="Delete" ariaLabel="Delete comment" />
        )}
        {!c.deletedAt && (
          <details>
            <summary className="small">Reply</summary>
            <CommentForm targetType={targetType} targetId={targetId} members={mentionable} parentId={c.id} />
          </details>
        )}
      </div>
      {repliesTo(c.id).length > 0 && (
        <ul className="plain-list" style={{ marginLeft: 20 }}>
          {repliesTo(c.id).map((r) => (
            <Item key={r.id} c={r} />
          ))}
        </ul>
      )}
    </li>
  );

  return (
    <>
      <Heading id={`comments-${targetId}`} style={{ marginTop: 0 }}>
        {title} ({comments.filter((c) => !c.deletedAt).length})
      </Heading>
      {hiddenUntilYouReview > 0 && (
        <p className="alert" role="note">
          {hiddenUntilYouReview} comment{hiddenUntilYouReview === 1 ? " is" : "s are"} hidden until you submit your own
          review, so they cannot sway it.
        </p>
      )}
      {roots.length === 0 ? (
        <p className="muted small">No comments yet.</p>
      ) : (
        <ul className="plain-list stack-tight">
          {roots.map((c) => (
            <Item key={c.id} c={c} />
          ))}
        </ul>
      )}
      <CommentForm targetType={targetType} targetId={targetId} members={mentionable} label={formLabel} />
    </>
  );
}
