import { formatDateTime } from "@/lib/format";
import type { ClaimConflict } from "@/lib/actions/claim-edit";

// Any versioned record's conflict (claims, statements) carries at least these.
type Props = {
  conflict: Pick<ClaimConflict, "currentVersion" | "updatedBy" | "updatedAt">;
  reloaded: boolean;
  onReload: () => void;
};

/** Says who saved in between, and offers their version without discarding what this user typed. */
export function ConflictNotice({ conflict, reloaded, onReload }: Props) {
  const who = conflict.updatedBy ?? "Someone else";
  const when = conflict.updatedAt ? formatDateTime(conflict.updatedAt) : "a moment ago";
  return (
    <div className="alert warn stack" role="alert" data-testid="conflict-notice">
      <p style={{ margin: 0 }}>
        <strong>
          Edited by {who} at {when} since you opened it
        </strong>{" "}
        (now version {conflict.currentVersion}). Your changes were not saved.
      </p>
      {reloaded ? (
        <p style={{ margin: 0 }}>
          The form now shows the latest version. Your unsaved text is kept below: copy what you need, then save again.
        </p>
      ) : (
        <div>
          <button type="button" className="secondary" onClick={onReload}>
            Reload latest
          </button>{" "}
          <span className="small">Loads their version into the form; your text stays visible below.</span>
        </div>
      )}
    </div>
  );
}
