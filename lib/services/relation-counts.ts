import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// Prisma's `_count` include aggregates the whole related table before joining (on SQLite a scan of a
// million evidence rows per page view). These count only the rows of the ids on the page, by index.

type Counts = Map<string, number>;
const toMap = (rows: { key: string | null; n: number }[]): Counts => new Map(rows.map((r) => [r.key ?? "", r.n]));

export async function countsBySource(db: Db | Tx, ids: string[]) {
  const [evidence, statements] = await Promise.all([
    db.evidence.groupBy({ by: ["sourceId"], where: { sourceId: { in: ids } }, _count: { _all: true } }),
    db.statement.groupBy({ by: ["sourceId"], where: { sourceId: { in: ids } }, _count: { _all: true } }),
  ]);
  return {
    evidence: toMap(evidence.map((r) => ({ key: r.sourceId, n: r._count._all }))),
    statements: toMap(statements.map((r) => ({ key: r.sourceId, n: r._count._all }))),
  };
}

export async function countsByClaim(db: Db | Tx, ids: string[]) {
  const [evidence, reviews] = await Promise.all([
    db.evidence.groupBy({ by: ["claimId"], where: { claimId: { in: ids } }, _count: { _all: true } }),
    db.review.groupBy({ by: ["claimId"], where: { claimId: { in: ids } }, _count: { _all: true } }),
  ]);
  return {
    evidence: toMap(evidence.map((r) => ({ key: r.claimId, n: r._count._all }))),
    reviews: toMap(reviews.map((r) => ({ key: r.claimId, n: r._count._all }))),
  };
}

export async function countsByActor(db: Db | Tx, ids: string[]) {
  const [statements, subjectOf] = await Promise.all([
    db.statement.groupBy({ by: ["speakerId"], where: { speakerId: { in: ids } }, _count: { _all: true } }),
    db.claimSubject.groupBy({ by: ["actorId"], where: { actorId: { in: ids } }, _count: { _all: true } }),
  ]);
  return {
    statements: toMap(statements.map((r) => ({ key: r.speakerId, n: r._count._all }))),
    subjectOf: toMap(subjectOf.map((r) => ({ key: r.actorId, n: r._count._all }))),
  };
}
