-- AlterTable
ALTER TABLE "SourceRevision" ADD COLUMN "fetchedAt" DATETIME;
ALTER TABLE "SourceRevision" ADD COLUMN "fetchedFrom" TEXT;
ALTER TABLE "SourceRevision" ADD COLUMN "pageStarts" TEXT;
ALTER TABLE "SourceRevision" ADD COLUMN "snapshot" BLOB;
ALTER TABLE "SourceRevision" ADD COLUMN "snapshotHash" TEXT;
ALTER TABLE "SourceRevision" ADD COLUMN "snapshotType" TEXT;

