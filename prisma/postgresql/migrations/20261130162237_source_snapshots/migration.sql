-- AlterTable
ALTER TABLE "SourceRevision" ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "fetchedFrom" TEXT,
ADD COLUMN     "pageStarts" TEXT,
ADD COLUMN     "snapshot" BYTEA,
ADD COLUMN     "snapshotHash" TEXT,
ADD COLUMN     "snapshotType" TEXT;

