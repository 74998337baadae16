-- CreateTable
CREATE TABLE "ClaimIndexChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT,
    "txid" BIGINT
);

-- CreateIndex
CREATE INDEX "ClaimIndexChange_txid_idx" ON "ClaimIndexChange"("txid");

