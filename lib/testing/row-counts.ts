// Row counts of every table a client can write, to prove a refused request wrote nothing.
import { getDb } from "@/lib/db/client";

export const WRITABLE_TABLES = [
  "user",
  "source",
  "sourceRevision",
  "actor",
  "actorAlias",
  "statement",
  "claim",
  "claimRelation",
  "claimAppearance",
  "evidence",
  "review",
  "cardVersion",
  "suggestion",
  "auditEvent",
  "reviewRevision",
  "externalReview",
  "claimMatch",
  "claimAssignment",
  "reviewRequest",
  "comment",
  "claimFollow",
  "notification",
  "notificationPreference",
  "webhookEndpoint",
  "webhookDelivery",
] as const;

export async function rowCounts(): Promise<Record<string, number>> {
  const db = (await getDb()) as unknown as Record<string, { count: () => Promise<number> }>;
  const counts = await Promise.all(WRITABLE_TABLES.map((t) => db[t].count()));
  return Object.fromEntries(WRITABLE_TABLES.map((t, i) => [t, counts[i]]));
}
