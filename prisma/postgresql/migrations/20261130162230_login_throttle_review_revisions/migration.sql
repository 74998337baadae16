-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil";

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "sawOthersAt" TIMESTAMP(3),
ADD COLUMN     "staleAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReviewRevision" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "truthVerdict" TEXT NOT NULL,
    "attributionVerdict" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "afterSeeingOthers" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRevision_reviewId_number_key" ON "ReviewRevision"("reviewId", "number");

-- AddForeignKey
ALTER TABLE "ReviewRevision" ADD CONSTRAINT "ReviewRevision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

