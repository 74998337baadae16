-- Typed data (docs/decisions/0023-typed-data.md). Edited by hand: Prisma's generated script dropped
-- and re-added every changed column, losing its data. Here each column changes type in place: the
-- enum values are the strings stored before, and every JSON column held JSON.stringify output, so
-- the casts below keep all rows. Indexes, keys and search columns on these tables are kept as they are.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('analyst', 'reviewer', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('article', 'statement', 'transcript', 'other');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organization', 'government', 'armed_group', 'outlet', 'anonymous');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('direct', 'indirect');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('anchored', 'reanchored', 'needs_review');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('factual', 'responsibility_attribution', 'quote_attribution');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('draft', 'in_review', 'verdict_proposed', 'published', 'corrected', 'archived');

-- CreateEnum
CREATE TYPE "ClaimRelationKind" AS ENUM ('contradicts', 'duplicates', 'refines');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'contradicts', 'context');

-- CreateEnum
CREATE TYPE "TruthVerdict" AS ENUM ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'unproven');

-- CreateEnum
CREATE TYPE "AttributionVerdict" AS ENUM ('accurately_attributed', 'faithful_paraphrase', 'out_of_context', 'misattributed', 'fabricated', 'unverifiable', 'not_applicable');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'accepted', 'dismissed');

-- CreateEnum
CREATE TYPE "CommentTarget" AS ENUM ('claim', 'source', 'evidence');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('assigned', 'review_requested', 'mentioned', 'status_changed', 'review_submitted', 'card_corrected');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('none', 'pending', 'sending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'delivered', 'failed');

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING "role"::"Role";

-- AlterTable
ALTER TABLE "Source" ALTER COLUMN "kind" DROP DEFAULT,
    ALTER COLUMN "kind" TYPE "SourceKind" USING "kind"::"SourceKind",
    ALTER COLUMN "kind" SET DEFAULT 'article';

-- AlterTable
ALTER TABLE "SourceRevision" ALTER COLUMN "pageStarts" TYPE JSONB USING "pageStarts"::jsonb;

-- AlterTable
ALTER TABLE "Actor" ALTER COLUMN "kind" TYPE "ActorKind" USING "kind"::"ActorKind";

-- AlterTable
ALTER TABLE "Statement" ALTER COLUMN "kind" TYPE "StatementKind" USING "kind"::"StatementKind",
    ALTER COLUMN "hedges" DROP DEFAULT,
    ALTER COLUMN "hedges" TYPE JSONB USING "hedges"::jsonb,
    ALTER COLUMN "hedges" SET DEFAULT '[]',
    ALTER COLUMN "anchorStatus" DROP DEFAULT,
    ALTER COLUMN "anchorStatus" TYPE "AnchorStatus" USING "anchorStatus"::"AnchorStatus",
    ALTER COLUMN "anchorStatus" SET DEFAULT 'anchored';

-- AlterTable
ALTER TABLE "Claim" ALTER COLUMN "kind" TYPE "ClaimKind" USING "kind"::"ClaimKind",
    ALTER COLUMN "status" DROP DEFAULT,
    ALTER COLUMN "status" TYPE "ClaimStatus" USING "status"::"ClaimStatus",
    ALTER COLUMN "status" SET DEFAULT 'draft';

-- AlterTable
ALTER TABLE "ClaimRelation" ALTER COLUMN "kind" TYPE "ClaimRelationKind" USING "kind"::"ClaimRelationKind";

-- AlterTable
ALTER TABLE "Evidence" ALTER COLUMN "stance" TYPE "Stance" USING "stance"::"Stance",
    ALTER COLUMN "anchorStatus" DROP DEFAULT,
    ALTER COLUMN "anchorStatus" TYPE "AnchorStatus" USING "anchorStatus"::"AnchorStatus",
    ALTER COLUMN "anchorStatus" SET DEFAULT 'anchored';

-- AlterTable
ALTER TABLE "Review" ALTER COLUMN "truthVerdict" TYPE "TruthVerdict" USING "truthVerdict"::"TruthVerdict",
    ALTER COLUMN "attributionVerdict" TYPE "AttributionVerdict" USING "attributionVerdict"::"AttributionVerdict",
    ALTER COLUMN "confidence" DROP DEFAULT,
    ALTER COLUMN "confidence" TYPE "Confidence" USING "confidence"::"Confidence",
    ALTER COLUMN "confidence" SET DEFAULT 'medium';

-- AlterTable
ALTER TABLE "ReviewRevision" ALTER COLUMN "truthVerdict" TYPE "TruthVerdict" USING "truthVerdict"::"TruthVerdict",
    ALTER COLUMN "attributionVerdict" TYPE "AttributionVerdict" USING "attributionVerdict"::"AttributionVerdict",
    ALTER COLUMN "confidence" TYPE "Confidence" USING "confidence"::"Confidence";

-- AlterTable
ALTER TABLE "ExternalReview" ALTER COLUMN "appearanceUrls" DROP DEFAULT,
    ALTER COLUMN "appearanceUrls" TYPE JSONB USING "appearanceUrls"::jsonb,
    ALTER COLUMN "appearanceUrls" SET DEFAULT '[]';

-- AlterTable
ALTER TABLE "CardVersion" ALTER COLUMN "truthVerdict" TYPE "TruthVerdict" USING "truthVerdict"::"TruthVerdict",
    ALTER COLUMN "attributionVerdict" TYPE "AttributionVerdict" USING "attributionVerdict"::"AttributionVerdict";

-- AlterTable
ALTER TABLE "Suggestion" ALTER COLUMN "kind" TYPE "StatementKind" USING "kind"::"StatementKind",
    ALTER COLUMN "hedges" DROP DEFAULT,
    ALTER COLUMN "hedges" TYPE JSONB USING "hedges"::jsonb,
    ALTER COLUMN "hedges" SET DEFAULT '[]',
    ALTER COLUMN "status" DROP DEFAULT,
    ALTER COLUMN "status" TYPE "ProposalStatus" USING "status"::"ProposalStatus",
    ALTER COLUMN "status" SET DEFAULT 'pending';

-- AlterTable
ALTER TABLE "ClaimMatch" ALTER COLUMN "stance" TYPE "Stance" USING "stance"::"Stance",
    ALTER COLUMN "status" DROP DEFAULT,
    ALTER COLUMN "status" TYPE "ProposalStatus" USING "status"::"ProposalStatus",
    ALTER COLUMN "status" SET DEFAULT 'pending';

-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "targetType" TYPE "CommentTarget" USING "targetType"::"CommentTarget";

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "kind" TYPE "NotificationKind" USING "kind"::"NotificationKind",
    ALTER COLUMN "email" DROP DEFAULT,
    ALTER COLUMN "email" TYPE "EmailStatus" USING "email"::"EmailStatus",
    ALTER COLUMN "email" SET DEFAULT 'none';

-- AlterTable
ALTER TABLE "NotificationPreference" ALTER COLUMN "kind" TYPE "NotificationKind" USING "kind"::"NotificationKind";

-- AlterTable
ALTER TABLE "WebhookEndpoint" ALTER COLUMN "events" TYPE JSONB USING "events"::jsonb;

-- AlterTable
ALTER TABLE "WebhookDelivery" ALTER COLUMN "status" DROP DEFAULT,
    ALTER COLUMN "status" TYPE "WebhookDeliveryStatus" USING "status"::"WebhookDeliveryStatus",
    ALTER COLUMN "status" SET DEFAULT 'pending';
