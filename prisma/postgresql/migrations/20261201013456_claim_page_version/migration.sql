-- CreateTable
CREATE TABLE "ClaimPageVersion" (
    "claimId" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimPageVersion_pkey" PRIMARY KEY ("claimId")
);

