-- Hand-written data backfill: every existing review gets its current text as revision 1.
-- Whether its author had seen the others before writing it is unknown, so it is recorded as not.
INSERT INTO "ReviewRevision" ("id", "reviewId", "number", "truthVerdict", "attributionVerdict", "rationale", "confidence", "afterSeeingOthers", "createdAt")
SELECT 'rv' || md5(random()::text || "id"), "id", 1, "truthVerdict", "attributionVerdict", "rationale", "confidence", false, "updatedAt"
FROM "Review";
