-- Full-text search on PostgreSQL (docs/decisions/0009-search.md). Hand-written: these objects live
-- outside the Prisma model, and lib/search/schema-objects.ts names them so the drift test ignores them.
--
-- Each searchable table gets a STORED generated tsvector column "search_tsv" and a GIN index on it.
-- A generated column can only read its own row, so text kept in another table (the tags of a claim,
-- the revision text of a source, the aliases of an actor, the speaker of a statement) is matched
-- through the column of that table and joined at query time (lib/search/postgres.ts).
-- Configuration simple (lower-casing, no stemming, no stop words): quotes are searched as written,
-- "not" is never dropped, names are not stemmed, and the words are the ones the SQLite FTS5 index sees.
-- Weights: A = name or title, B = secondary names (publisher, alias, tag), C = summary or quote, D = long text.
-- A tsvector holds at most 1 MB, so long texts are indexed up to their first 120,000 characters.

ALTER TABLE "Claim" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "text"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("summary", '')), 'C')
) STORED;
CREATE INDEX "Claim_search_tsv_idx" ON "Claim" USING GIN ("search_tsv");

ALTER TABLE "Tag" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "name"), 'B')
) STORED;
CREATE INDEX "Tag_search_tsv_idx" ON "Tag" USING GIN ("search_tsv");
-- Claims by tag: the primary key of ClaimTag starts with claimId.
CREATE INDEX "ClaimTag_tagId_search_idx" ON "ClaimTag"("tagId");

ALTER TABLE "Source" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, coalesce("publisher", '')), 'B')
) STORED;
CREATE INDEX "Source_search_tsv_idx" ON "Source" USING GIN ("search_tsv");

ALTER TABLE "SourceRevision" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, left("text", 120000)), 'D')
) STORED;
CREATE INDEX "SourceRevision_search_tsv_idx" ON "SourceRevision" USING GIN ("search_tsv");

ALTER TABLE "Statement" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, left("exact", 120000)), 'C')
) STORED;
CREATE INDEX "Statement_search_tsv_idx" ON "Statement" USING GIN ("search_tsv");

ALTER TABLE "Evidence" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, left("exact", 120000)), 'C') ||
    setweight(to_tsvector('simple'::regconfig, left(coalesce("note", ''), 120000)), 'D')
) STORED;
CREATE INDEX "Evidence_search_tsv_idx" ON "Evidence" USING GIN ("search_tsv");

ALTER TABLE "Actor" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "name"), 'A')
) STORED;
CREATE INDEX "Actor_search_tsv_idx" ON "Actor" USING GIN ("search_tsv");

ALTER TABLE "ActorAlias" ADD COLUMN "search_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "alias"), 'B')
) STORED;
CREATE INDEX "ActorAlias_search_tsv_idx" ON "ActorAlias" USING GIN ("search_tsv");
