-- CreateTable
CREATE TABLE "ClaimPageVersion" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);

