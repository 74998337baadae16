-- Search result cache invalidation (docs/decisions/0009-search.md, "Cached results"). Hand-written.
-- search_version holds one counter that every write to a table the search reads bumps, in the same
-- transaction as the write. lib/search/cache.ts keys cached results by it: a commit from any connection
-- or process is seen by the next search (one indexed read of this row), so no cached page outlives a write.
-- Prisma migrations that redefine one of these tables drop its triggers: re-create them from here.

CREATE TABLE "search_version" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "n" INTEGER NOT NULL
);
INSERT INTO "search_version" ("id", "n") VALUES (1, 0);

CREATE TRIGGER "search_version_claim_ai" AFTER INSERT ON "Claim" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claim_au" AFTER UPDATE ON "Claim" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claim_ad" AFTER DELETE ON "Claim" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimtag_ai" AFTER INSERT ON "ClaimTag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimtag_au" AFTER UPDATE ON "ClaimTag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimtag_ad" AFTER DELETE ON "ClaimTag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimsubject_ai" AFTER INSERT ON "ClaimSubject" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimsubject_au" AFTER UPDATE ON "ClaimSubject" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_claimsubject_ad" AFTER DELETE ON "ClaimSubject" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_cardversion_ai" AFTER INSERT ON "CardVersion" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_cardversion_au" AFTER UPDATE ON "CardVersion" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_cardversion_ad" AFTER DELETE ON "CardVersion" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_source_ai" AFTER INSERT ON "Source" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_source_au" AFTER UPDATE ON "Source" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_source_ad" AFTER DELETE ON "Source" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_sourcerevision_ai" AFTER INSERT ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_sourcerevision_au" AFTER UPDATE ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_sourcerevision_ad" AFTER DELETE ON "SourceRevision" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_statement_ai" AFTER INSERT ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_statement_au" AFTER UPDATE ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_statement_ad" AFTER DELETE ON "Statement" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_evidence_ai" AFTER INSERT ON "Evidence" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_evidence_au" AFTER UPDATE ON "Evidence" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_evidence_ad" AFTER DELETE ON "Evidence" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actor_ai" AFTER INSERT ON "Actor" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actor_au" AFTER UPDATE ON "Actor" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actor_ad" AFTER DELETE ON "Actor" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actoralias_ai" AFTER INSERT ON "ActorAlias" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actoralias_au" AFTER UPDATE ON "ActorAlias" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_actoralias_ad" AFTER DELETE ON "ActorAlias" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_tag_ai" AFTER INSERT ON "Tag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_tag_au" AFTER UPDATE ON "Tag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "search_version_tag_ad" AFTER DELETE ON "Tag" BEGIN UPDATE "search_version" SET "n" = "n" + 1 WHERE "id" = 1; END;
