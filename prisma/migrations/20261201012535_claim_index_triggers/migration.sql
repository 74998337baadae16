-- Claim index changes (docs/decisions/0032-claim-index-changes.md). Hand-written.
-- Every write that changes what the matcher's claim index reads logs the claim it touches in
-- "ClaimIndexChange", in the writer's transaction: a claim's text, kind, status, slug or claimant, its
-- subjects and tags, and the name of a tag or actor it names. Actor aliases feed the alias lexicon of
-- every claim, so their changes log a row with no claim (claimId NULL). Writes to other tables (evidence,
-- sources, statements, reviews...) log nothing: the index stays as it is.
-- SQLite has one writer at a time, so "seq" order is commit order and a reader's cursor is max(seq).
-- A Prisma migration that redefines one of these tables drops its triggers: re-create them from here.

CREATE TRIGGER "claim_index_claim_ai" AFTER INSERT ON "Claim" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NEW."id"); END;
CREATE TRIGGER "claim_index_claim_au" AFTER UPDATE OF "text", "kind", "status", "slug", "claimantId" ON "Claim" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NEW."id"); END;
CREATE TRIGGER "claim_index_claim_ad" AFTER DELETE ON "Claim" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (OLD."id"); END;
CREATE TRIGGER "claim_index_claimtag_ai" AFTER INSERT ON "ClaimTag" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NEW."claimId"); END;
CREATE TRIGGER "claim_index_claimtag_au" AFTER UPDATE ON "ClaimTag" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (OLD."claimId"), (NEW."claimId"); END;
CREATE TRIGGER "claim_index_claimtag_ad" AFTER DELETE ON "ClaimTag" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (OLD."claimId"); END;
CREATE TRIGGER "claim_index_claimsubject_ai" AFTER INSERT ON "ClaimSubject" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NEW."claimId"); END;
CREATE TRIGGER "claim_index_claimsubject_au" AFTER UPDATE ON "ClaimSubject" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (OLD."claimId"), (NEW."claimId"); END;
CREATE TRIGGER "claim_index_claimsubject_ad" AFTER DELETE ON "ClaimSubject" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (OLD."claimId"); END;
CREATE TRIGGER "claim_index_tag_au" AFTER UPDATE OF "name" ON "Tag" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id"; END;
CREATE TRIGGER "claim_index_actor_au" AFTER UPDATE OF "name" ON "Actor" BEGIN
    INSERT INTO "ClaimIndexChange" ("claimId") SELECT "id" FROM "Claim" WHERE "claimantId" = NEW."id" UNION SELECT "claimId" FROM "ClaimSubject" WHERE "actorId" = NEW."id";
    INSERT INTO "ClaimIndexChange" ("claimId") SELECT NULL WHERE EXISTS (SELECT 1 FROM "ActorAlias" WHERE "actorId" = NEW."id");
END;
CREATE TRIGGER "claim_index_actoralias_ai" AFTER INSERT ON "ActorAlias" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NULL); END;
CREATE TRIGGER "claim_index_actoralias_au" AFTER UPDATE ON "ActorAlias" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NULL); END;
CREATE TRIGGER "claim_index_actoralias_ad" AFTER DELETE ON "ActorAlias" BEGIN INSERT INTO "ClaimIndexChange" ("claimId") VALUES (NULL); END;
