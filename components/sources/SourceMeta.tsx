import { formatDate } from "@/lib/format";

type Props = {
  source: {
    publisher: string | null;
    author: string | null;
    url: string | null;
    publishedAt: Date | null;
    kind: string;
    createdAt: Date;
    revision: {
      id: string;
      number: number;
      contentHash: string;
      /** Characters of the revision's text. */
      length: number;
      createdAt: Date;
      snapshotType?: string | null;
      snapshotHash?: string | null;
      fetchedFrom?: string | null;
    };
  };
};

export function SourceMeta({ source }: Props) {
  const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <dl className="meta-list">
      <dt>Publisher</dt>
      <dd>{source.publisher ?? "—"}</dd>
      <dt>Author</dt>
      <dd>{source.author ?? "—"}</dd>
      <dt>Published</dt>
      <dd>{formatDate(source.publishedAt)}</dd>
      <dt>Kind</dt>
      <dd>{source.kind}</dd>
      <dt>URL</dt>
      <dd>
        {safeUrl ? (
          <a href={safeUrl} rel="noopener noreferrer nofollow" target="_blank">
            {safeUrl}
          </a>
        ) : (
          "—"
        )}
      </dd>
      <dt>Revision</dt>
      <dd>
        {source.revision.number} · {formatDate(source.revision.createdAt)}
      </dd>
      <dt>Length</dt>
      <dd>{source.revision.length.toLocaleString("en")} characters</dd>
      <dt>Content hash</dt>
      <dd>
        <code className="small">{source.revision.contentHash.slice(0, 23)}…</code>
      </dd>
      {source.revision.snapshotHash && (
        <>
          <dt>Archived</dt>
          <dd>
            <a href={`/api/v1/revisions/${source.revision.id}/snapshot`} download>
              {source.revision.snapshotType === "application/pdf" ? "Original PDF" : "Page as fetched"}
            </a>{" "}
            <code className="small">{source.revision.snapshotHash.slice(0, 23)}…</code>
          </dd>
        </>
      )}
    </dl>
  );
}
