-- Typed data (docs/decisions/0023-typed-data.md). Enums need no DDL on SQLite (they are TEXT, with the
-- values stored before); Json columns are declared JSONB, which SQLite can only change by rebuilding the
-- table. The rebuilt rows are copied unchanged (the JSON text each column already held).
-- Rebuilding drops a table's triggers: the search and search-version triggers of SourceRevision and
-- Statement are re-created at the end, exactly as the search migrations wrote them
-- (20261121120000_search, 20261130160000_search_version). The search tests count them.
-- legacy_alter_table: other tables' search triggers name these tables, and a modern RENAME refuses to
-- run while the table they name is dropped; the legacy RENAME leaves them as written, which is right
-- because the rebuilt table takes the same name.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
PRAGMA legacy_alter_table=ON;
CREATE TABLE "new_SourceRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "note" TEXT,
    "fetchedAt" DATETIME,
    "fetchedFrom" TEXT,
    "pageStarts" JSONB,
    "snapshot" BLOB,
    "snapshotHash" TEXT,
    "snapshotType" TEXT,
    CONSTRAINT "SourceRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SourceRevision" ("contentHash", "createdAt", "createdById", "fetchedAt", "fetchedFrom", "id", "note", "number", "pageStarts", "snapshot", "snapshotHash", "snapshotType", "sourceId", "text") SELECT "contentHash", "createdAt", "createdById", "fetchedAt", "fetchedFrom", "id", "note", "number", "pageStarts", "snapshot", "snapshotHash", "snapshotType", "sourceId", "text" FROM "SourceRevision";
DROP TABLE "SourceRevision";
ALTER TABLE "new_SourceRevision" RENAME TO "SourceRevision";
CREATE INDEX "SourceRevision_contentHash_idx" ON "SourceRevision"("contentHash");
CREATE UNIQUE INDEX "SourceRevision_sourceId_number_key" ON "SourceRevision"("sourceId", "number");
CREATE TABLE "new_Statement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "viaId" TEXT,
    "viaText" TEXT,
    "cue" TEXT,
    "kind" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "hedges" JSONB NOT NULL DEFAULT '[]',
    "reportedById" TEXT,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "anchorStatus" TEXT NOT NULL DEFAULT 'anchored',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Statement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "SourceRevision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_viaId_fkey" FOREIGN KEY ("viaId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Statement" ("anchorStatus", "anonymous", "createdAt", "createdById", "cue", "end", "exact", "hedges", "id", "kind", "prefix", "reportedById", "revisionId", "sourceId", "speakerId", "start", "suffix", "version", "viaId", "viaText") SELECT "anchorStatus", "anonymous", "createdAt", "createdById", "cue", "end", "exact", "hedges", "id", "kind", "prefix", "reportedById", "revisionId", "sourceId", "speakerId", "start", "suffix", "version", "viaId", "viaText" FROM "Statement";
DROP TABLE "Statement";
ALTER TABLE "new_Statement" RENAME TO "Statement";
CREATE INDEX "Statement_sourceId_idx" ON "Statement"("sourceId");
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");
CREATE TABLE "new_ExternalReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "organizationUrl" TEXT,
    "url" TEXT,
    "title" TEXT,
    "ratingText" TEXT,
    "ratingValue" REAL,
    "bestRating" REAL,
    "worstRating" REAL,
    "reviewedAt" DATETIME,
    "appearanceUrls" JSONB NOT NULL DEFAULT '[]',
    "format" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,
    CONSTRAINT "ExternalReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExternalReview" ("appearanceUrls", "bestRating", "claimId", "format", "id", "importedAt", "importedById", "organization", "organizationUrl", "ratingText", "ratingValue", "reviewedAt", "title", "url", "worstRating") SELECT "appearanceUrls", "bestRating", "claimId", "format", "id", "importedAt", "importedById", "organization", "organizationUrl", "ratingText", "ratingValue", "reviewedAt", "title", "url", "worstRating" FROM "ExternalReview";
DROP TABLE "ExternalReview";
ALTER TABLE "new_ExternalReview" RENAME TO "ExternalReview";
CREATE INDEX "ExternalReview_claimId_idx" ON "ExternalReview"("claimId");
CREATE INDEX "ExternalReview_url_idx" ON "ExternalReview"("url");
CREATE TABLE "new_Suggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "speakerName" TEXT,
    "viaName" TEXT,
    "cue" TEXT,
    "kind" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "hedges" JSONB NOT NULL DEFAULT '[]',
    "confidence" REAL NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "statementId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Suggestion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Suggestion_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "SourceRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Suggestion" ("anonymous", "confidence", "createdAt", "cue", "end", "hedges", "id", "kind", "revisionId", "sourceId", "speakerName", "start", "statementId", "status", "text", "viaName") SELECT "anonymous", "confidence", "createdAt", "cue", "end", "hedges", "id", "kind", "revisionId", "sourceId", "speakerName", "start", "statementId", "status", "text", "viaName" FROM "Suggestion";
DROP TABLE "Suggestion";
ALTER TABLE "new_Suggestion" RENAME TO "Suggestion";
CREATE INDEX "Suggestion_sourceId_status_idx" ON "Suggestion"("sourceId", "status");
CREATE TABLE "new_WebhookEndpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "events" JSONB NOT NULL,
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT
);
INSERT INTO "new_WebhookEndpoint" ("active", "createdAt", "createdById", "description", "events", "id", "secret", "url") SELECT "active", "createdAt", "createdById", "description", "events", "id", "secret", "url" FROM "WebhookEndpoint";
DROP TABLE "WebhookEndpoint";
ALTER TABLE "new_WebhookEndpoint" RENAME TO "WebhookEndpoint";
PRAGMA legacy_alter_table=OFF;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Search triggers of the rebuilt tables (copied from the search migrations).
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
CREATE TRIGGER "search_version_sourcerevision_ad" AFTER DELETE ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_sourcerevision_ai" AFTER INSERT ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_sourcerevision_au" AFTER UPDATE ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_statement_ad" AFTER DELETE ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id");
  DELETE FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id";
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
CREATE TRIGGER "search_version_statement_ad" AFTER DELETE ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_statement_ai" AFTER INSERT ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_statement_au" AFTER UPDATE ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
