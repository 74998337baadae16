import type { teamMembers } from "@/lib/services/assignments";

type Member = Awaited<ReturnType<typeof teamMembers>>[number];

/** A plain GET form, so filtered queues are bookmarkable and work without JavaScript. */
export function QueueFilters({
  members: team,
  filter,
}: {
  members: Member[];
  filter: { assignee?: string; due?: string };
}) {
  const members = team.filter((m) => m.role !== "reviewer");
  return (
    <form
      method="get"
      aria-label="Filter the queue"
      style={{ display: "flex", gap: 12, alignItems: "flex-end", flexWrap: "wrap", marginBottom: 12 }}
    >
      <div className="field">
        <label htmlFor="queue-assignee">Assignee</label>
        <select id="queue-assignee" name="assignee" defaultValue={filter.assignee ?? ""}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-due">Due date</label>
        <select id="queue-due" name="due" defaultValue={filter.due ?? ""}>
          <option value="">Any</option>
          <option value="overdue">Overdue</option>
          <option value="set">Has a due date</option>
          <option value="none">No due date</option>
        </select>
      </div>
      <div className="field">
        <button type="submit" className="secondary">
          Filter
        </button>
      </div>
    </form>
  );
}
