-- CreateTable
CREATE TABLE "ExternalReview" (
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
    "appearanceUrls" TEXT NOT NULL DEFAULT '[]',
    "format" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,
    CONSTRAINT "ExternalReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ExternalReview_claimId_idx" ON "ExternalReview"("claimId");

-- CreateIndex
CREATE INDEX "ExternalReview_url_idx" ON "ExternalReview"("url");

