-- CreateTable
CREATE TABLE "ExternalReview" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "organizationUrl" TEXT,
    "url" TEXT,
    "title" TEXT,
    "ratingText" TEXT,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "reviewedAt" TIMESTAMP(3),
    "appearanceUrls" TEXT NOT NULL DEFAULT '[]',
    "format" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,

    CONSTRAINT "ExternalReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalReview_claimId_idx" ON "ExternalReview"("claimId");

-- CreateIndex
CREATE INDEX "ExternalReview_url_idx" ON "ExternalReview"("url");

-- AddForeignKey
ALTER TABLE "ExternalReview" ADD CONSTRAINT "ExternalReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

