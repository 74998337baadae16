-- CreateTable
CREATE TABLE "ClaimIndexChange" (
    "seq" SERIAL NOT NULL,
    "claimId" TEXT,
    "txid" BIGINT,

    CONSTRAINT "ClaimIndexChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ClaimIndexChange_txid_idx" ON "ClaimIndexChange"("txid");

