// Audit snapshots keep ids (speakerId, claimantId, reviewerIds…); history pages show whom and what they
// name. Records deleted since are named from their own audit trail, else called deleted.
import "server-only";
import type { Tx } from "@/lib/db/client";

type RecordKind = "actor" | "statement" | "claim" | "source" | "user";

/** Snapshot fields that hold ids, and what they point at. */
const REFERENCE_FIELDS: Record<string, RecordKind> = {
  speakerId: "actor",
  viaId: "actor",
  claimantId: "actor",
  subjectIds: "actor",
  actorId: "actor",
  survivorId: "actor",
  mergeId: "actor",
  statementId: "statement",
  reportedById: "statement",
  claimId: "claim",
  fromClaimId: "claim",
  toClaimId: "claim",
  sourceId: "source",
  userId: "user",
  assigneeId: "user",
  reviewerId: "user",
  reviewerIds: "user",
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const idsIn = (value: unknown): string[] =>
  typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];

/** Turns the id values of a snapshot field into names; any other field or value is returned as it was. */
export type ReferenceNamer = (field: string, value: unknown) => unknown;

async function currentNames(tx: Tx, kind: RecordKind, ids: string[]): Promise<Map<string, string>> {
  const where = { id: { in: ids } };
  const rows: { id: string; label: string }[] =
    kind === "actor"
      ? (await tx.actor.findMany({ where, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name }))
      : kind === "user"
        ? (await tx.user.findMany({ where, select: { id: true, name: true } })).map((r) => ({
            id: r.id,
            label: r.name,
          }))
        : kind === "claim"
          ? (await tx.claim.findMany({ where, select: { id: true, text: true } })).map((r) => ({
              id: r.id,
              label: clip(r.text, 160),
            }))
          : kind === "source"
            ? (await tx.source.findMany({ where, select: { id: true, title: true } })).map((r) => ({
                id: r.id,
                label: r.title,
              }))
            : (
                await tx.statement.findMany({
                  where,
                  select: { id: true, exact: true, speaker: { select: { name: true } } },
                })
              ).map((r) => ({ id: r.id, label: `${r.speaker.name}: “${clip(r.exact, 100)}”` }));
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** What a deleted record was called when it was created or last touched (its own audit entries). */
async function formerNames(tx: Tx, kind: RecordKind, ids: string[]): Promise<Map<string, string>> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: kind, entityId: { in: ids } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { entityId: true, before: true, after: true },
  });
  const names = new Map<string, string>();
  for (const e of events) {
    for (const json of [e.before, e.after]) {
      let snapshot: unknown;
      try {
        snapshot = json ? JSON.parse(json) : null;
      } catch {
        continue;
      }
      if (!isObject(snapshot)) continue;
      const name = [snapshot.name, snapshot.title, snapshot.text, snapshot.exact].find((v) => typeof v === "string");
      if (typeof name === "string") names.set(e.entityId, clip(name, kind === "statement" ? 100 : 160));
    }
  }
  return names;
}

/** Looks up, in a few queries, every record the snapshots refer to. */
export async function referenceNamer(tx: Tx, snapshots: unknown[]): Promise<ReferenceNamer> {
  const wanted = new Map<RecordKind, Set<string>>();
  for (const snapshot of snapshots) {
    if (!isObject(snapshot)) continue;
    for (const [field, value] of Object.entries(snapshot)) {
      const kind = REFERENCE_FIELDS[field];
      if (!kind) continue;
      const set = wanted.get(kind) ?? new Set<string>();
      for (const id of idsIn(value)) set.add(id);
      wanted.set(kind, set);
    }
  }
  const names = new Map<RecordKind, Map<string, string>>();
  for (const [kind, set] of wanted) {
    const ids = [...set];
    const found = ids.length ? await currentNames(tx, kind, ids) : new Map<string, string>();
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length)
      for (const [id, name] of await formerNames(tx, kind, missing)) found.set(id, `${name} (deleted)`);
    names.set(kind, found);
  }
  return (field, value) => {
    const kind = REFERENCE_FIELDS[field];
    if (!kind || (typeof value !== "string" && !Array.isArray(value))) return value;
    const nameOf = (id: string) => names.get(kind)?.get(id) ?? `Deleted ${kind}`;
    return typeof value === "string" ? nameOf(value) : idsIn(value).map(nameOf).join(", ");
  };
}
