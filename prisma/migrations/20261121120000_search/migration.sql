-- Full-text search on SQLite (docs/decisions/0009-search.md). Hand-written: these objects live
-- outside the Prisma model, and lib/search/schema-objects.ts names them so the drift test ignores them.
--
-- One FTS5 table per result type (own columns and bm25 weights, and a type filter skips whole tables).
-- search_doc maps the id of each row to a stable FTS rowid ("docid"), so triggers update one FTS row by
-- rowid instead of scanning, and never rely on the implicit rowids of the base tables (VACUUM may renumber them).
-- Tokenizer: unicode61 without diacritic folding, the same words as the simple configuration of PostgreSQL.
-- The "facets" column holds filter values as tokens (zzs status, zzv verdict, zza actor, zzt tag id, and
-- the UTC decade, year, month and day as zzc197, zzy1970, zzm197001, zzd19700101), so filters are
-- intersections in the index (lib/search/facets.ts).
-- User words are always restricted to the other columns.

CREATE TABLE "search_doc" (
    "docid" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_doc_kind_ref_key" ON "search_doc"("kind", "ref");

CREATE VIRTUAL TABLE "search_claim" USING fts5("ref" UNINDEXED, "title", "summary", "tags", "facets", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
INSERT INTO "search_claim"("search_claim", "rank") VALUES ('rank', 'bm25(0.0, 10.0, 2.0, 4.0, 0.0)');

CREATE VIRTUAL TABLE "search_source" USING fts5("ref" UNINDEXED, "title", "publisher", "body", "facets", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
INSERT INTO "search_source"("search_source", "rank") VALUES ('rank', 'bm25(0.0, 10.0, 4.0, 1.0, 0.0)');

CREATE VIRTUAL TABLE "search_statement" USING fts5("ref" UNINDEXED, "body", "speaker", "facets", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
INSERT INTO "search_statement"("search_statement", "rank") VALUES ('rank', 'bm25(0.0, 1.0, 4.0, 0.0)');

CREATE VIRTUAL TABLE "search_evidence" USING fts5("ref" UNINDEXED, "body", "note", "facets", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
INSERT INTO "search_evidence"("search_evidence", "rank") VALUES ('rank', 'bm25(0.0, 1.0, 1.0, 0.0)');

CREATE VIRTUAL TABLE "search_actor" USING fts5("ref" UNINDEXED, "title", "aliases", "facets", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
INSERT INTO "search_actor"("search_actor", "rank") VALUES ('rank', 'bm25(0.0, 10.0, 6.0, 0.0)');

-- Rows that exist before this migration, oldest first (a higher docid means a newer document).
INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" ORDER BY "createdAt", "id";
INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id";
INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" ORDER BY "createdAt", "id";
INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id";
INSERT INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" ORDER BY "createdAt", "id";
INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id";
INSERT INTO "search_doc"("kind", "ref") SELECT 'evidence', "id" FROM "Evidence" ORDER BY "createdAt", "id";
INSERT INTO "search_evidence"("rowid", "ref", "body", "note", "facets")
    SELECT d."docid", e."id", e."exact", coalesce(e."note", ''), coalesce(' zzc' || substr(strftime('%Y', e."createdAt"), 1, 3) || ' zzy' || strftime('%Y', e."createdAt") || ' zzm' || strftime('%Y%m', e."createdAt") || ' zzd' || strftime('%Y%m%d', e."createdAt"), '')
    FROM "Evidence" e JOIN "search_doc" d ON d."kind" = 'evidence' AND d."ref" = e."id";
INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" ORDER BY "createdAt", "id";
INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id";

-- Triggers keep every document in step with its rows (31 triggers).

CREATE TRIGGER "search_claim_ai" AFTER INSERT ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."id";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."id";
END;
CREATE TRIGGER "search_claim_au" AFTER UPDATE OF "id", "text", "summary", "status", "claimantId", "createdAt" ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."id";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."id";
END;
CREATE TRIGGER "search_claim_ad" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id";
END;
CREATE TRIGGER "search_claimtag_ai" AFTER INSERT ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_claimtag_au" AFTER UPDATE ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_claimtag_ad" AFTER DELETE ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;
CREATE TRIGGER "search_claimsubject_ai" AFTER INSERT ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_claimsubject_au" AFTER UPDATE ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_claimsubject_ad" AFTER DELETE ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;
CREATE TRIGGER "search_cardversion_ai" AFTER INSERT ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_cardversion_au" AFTER UPDATE OF "claimId", "number", "truthVerdict" ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;
CREATE TRIGGER "search_cardversion_ad" AFTER DELETE ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId";
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;
CREATE TRIGGER "search_tag_au" AFTER UPDATE OF "name" ON "Tag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id"));
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id");
END;
CREATE TRIGGER "search_source_ai" AFTER INSERT ON "Source" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."id";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."id";
END;
CREATE TRIGGER "search_source_au" AFTER UPDATE OF "id", "title", "publisher", "publishedAt", "createdAt" ON "Source" BEGIN
  DELETE FROM "search_source" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."id";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."id";
END;
CREATE TRIGGER "search_source_ad" AFTER DELETE ON "Source" BEGIN
  DELETE FROM "search_source" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id";
END;
CREATE TRIGGER "search_sourcerevision_ai" AFTER INSERT ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."sourceId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."sourceId";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."sourceId";
END;
CREATE TRIGGER "search_sourcerevision_au" AFTER UPDATE OF "sourceId", "number", "text" ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."sourceId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = OLD."sourceId";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = OLD."sourceId";
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."sourceId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."sourceId";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."sourceId";
END;
CREATE TRIGGER "search_sourcerevision_ad" AFTER DELETE ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."sourceId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = OLD."sourceId";
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = OLD."sourceId";
END;
CREATE TRIGGER "search_statement_ai" AFTER INSERT ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" = NEW."id";
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" = NEW."id";
END;
CREATE TRIGGER "search_statement_au" AFTER UPDATE OF "id", "exact", "speakerId", "createdAt" ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" = NEW."id";
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" = NEW."id";
END;
CREATE TRIGGER "search_statement_ad" AFTER DELETE ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id";
END;
CREATE TRIGGER "search_evidence_ai" AFTER INSERT ON "Evidence" BEGIN
  DELETE FROM "search_evidence" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'evidence', "id" FROM "Evidence" WHERE "id" = NEW."id";
  INSERT INTO "search_evidence"("rowid", "ref", "body", "note", "facets")
    SELECT d."docid", e."id", e."exact", coalesce(e."note", ''), coalesce(' zzc' || substr(strftime('%Y', e."createdAt"), 1, 3) || ' zzy' || strftime('%Y', e."createdAt") || ' zzm' || strftime('%Y%m', e."createdAt") || ' zzd' || strftime('%Y%m%d', e."createdAt"), '')
    FROM "Evidence" e JOIN "search_doc" d ON d."kind" = 'evidence' AND d."ref" = e."id"
    WHERE e."id" = NEW."id";
END;
CREATE TRIGGER "search_evidence_au" AFTER UPDATE OF "id", "exact", "note", "createdAt" ON "Evidence" BEGIN
  DELETE FROM "search_evidence" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_evidence" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'evidence', "id" FROM "Evidence" WHERE "id" = NEW."id";
  INSERT INTO "search_evidence"("rowid", "ref", "body", "note", "facets")
    SELECT d."docid", e."id", e."exact", coalesce(e."note", ''), coalesce(' zzc' || substr(strftime('%Y', e."createdAt"), 1, 3) || ' zzy' || strftime('%Y', e."createdAt") || ' zzm' || strftime('%Y%m', e."createdAt") || ' zzd' || strftime('%Y%m%d', e."createdAt"), '')
    FROM "Evidence" e JOIN "search_doc" d ON d."kind" = 'evidence' AND d."ref" = e."id"
    WHERE e."id" = NEW."id";
END;
CREATE TRIGGER "search_evidence_ad" AFTER DELETE ON "Evidence" BEGIN
  DELETE FROM "search_evidence" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id";
END;
CREATE TRIGGER "search_actor_ai" AFTER INSERT ON "Actor" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."id";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."id";
END;
CREATE TRIGGER "search_actor_au" AFTER UPDATE OF "id", "name", "createdAt" ON "Actor" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."id");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."id";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."id";
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id"));
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id");
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id");
END;
CREATE TRIGGER "search_actor_ad" AFTER DELETE ON "Actor" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id";
END;
CREATE TRIGGER "search_actoralias_ai" AFTER INSERT ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."actorId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."actorId";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."actorId";
END;
CREATE TRIGGER "search_actoralias_au" AFTER UPDATE ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."actorId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = OLD."actorId";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = OLD."actorId";
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."actorId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."actorId";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."actorId";
END;
CREATE TRIGGER "search_actoralias_ad" AFTER DELETE ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."actorId");
  INSERT OR IGNORE INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = OLD."actorId";
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = OLD."actorId";
END;
