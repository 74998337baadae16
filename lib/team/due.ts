// Due dates on assignments: what counts as overdue and how "My work" sorts. Pure.
export type DueState = "none" | "overdue" | "due_soon" | "later";

const SOON_MS = 2 * 24 * 60 * 60 * 1000;

export function dueState(dueAt: Date | null | undefined, now: Date = new Date()): DueState {
  if (!dueAt) return "none";
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= SOON_MS ? "due_soon" : "later";
}

export const DUE_LABELS: Record<DueState, string> = {
  none: "No due date",
  overdue: "Overdue",
  due_soon: "Due soon",
  later: "Due later",
};

/** Overdue first (most overdue first), then by due date, then items without one (oldest first). */
export function byUrgency<T extends { dueAt: Date | null; since: Date }>(a: T, b: T): number {
  if (a.dueAt && b.dueAt) return a.dueAt.getTime() - b.dueAt.getTime();
  if (a.dueAt) return -1;
  if (b.dueAt) return 1;
  return a.since.getTime() - b.since.getTime();
}
