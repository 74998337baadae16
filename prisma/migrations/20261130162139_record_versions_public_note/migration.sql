-- Written by hand: SQLite can add these columns in place. Prisma's generated "RedefineTables" would
-- drop and recreate Source, Actor, Statement and Evidence, which silently drops their search triggers.
-- Existing evidence notes stay in "note", which is now internal (never published).
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Actor" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Statement" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Evidence" ADD COLUMN "publicNote" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
