-- SQLite only. The search triggers registered a row in search_doc with INSERT OR IGNORE. When a trigger
-- fires inside a foreign-key action (deleting an actor sets Claim.claimantId to NULL, which re-indexes the
-- claim), SQLite applies the action's own conflict policy (ABORT) instead of the trigger's IGNORE, so the
-- delete failed with "UNIQUE constraint failed: search_doc.kind, search_doc.ref". The same registration
-- is now guarded by NOT EXISTS, which means the same thing under every conflict policy.

DROP TRIGGER IF EXISTS "search_actor_ai";
CREATE TRIGGER "search_actor_ai" AFTER INSERT ON "Actor" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_actor_au";
CREATE TRIGGER "search_actor_au" AFTER UPDATE OF "id", "name", "createdAt" ON "Actor" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."id";
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id"));
  INSERT INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id") AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'statement' AND g."ref" = "Statement"."id");
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" IN (SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id");
END;

DROP TRIGGER IF EXISTS "search_actoralias_ad";
CREATE TRIGGER "search_actoralias_ad" AFTER DELETE ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."actorId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = OLD."actorId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = OLD."actorId";
END;

DROP TRIGGER IF EXISTS "search_actoralias_ai";
CREATE TRIGGER "search_actoralias_ai" AFTER INSERT ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."actorId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."actorId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."actorId";
END;

DROP TRIGGER IF EXISTS "search_actoralias_au";
CREATE TRIGGER "search_actoralias_au" AFTER UPDATE ON "ActorAlias" BEGIN
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = OLD."actorId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = OLD."actorId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = OLD."actorId";
  DELETE FROM "search_actor" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'actor' AND "ref" = NEW."actorId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'actor', "id" FROM "Actor" WHERE "id" = NEW."actorId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'actor' AND g."ref" = "Actor"."id");
  INSERT INTO "search_actor"("rowid", "ref", "title", "aliases", "facets")
    SELECT d."docid", a."id", a."name",
         coalesce((SELECT group_concat(x."alias", ', ') FROM (SELECT aa."alias" FROM "ActorAlias" aa WHERE aa."actorId" = a."id" ORDER BY aa."alias") x), ''),
         coalesce(' zzc' || substr(strftime('%Y', a."createdAt"), 1, 3) || ' zzy' || strftime('%Y', a."createdAt") || ' zzm' || strftime('%Y%m', a."createdAt") || ' zzd' || strftime('%Y%m%d', a."createdAt"), '')
    FROM "Actor" a JOIN "search_doc" d ON d."kind" = 'actor' AND d."ref" = a."id"
    WHERE a."id" = NEW."actorId";
END;

DROP TRIGGER IF EXISTS "search_cardversion_ad";
CREATE TRIGGER "search_cardversion_ad" AFTER DELETE ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;

DROP TRIGGER IF EXISTS "search_cardversion_ai";
CREATE TRIGGER "search_cardversion_ai" AFTER INSERT ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_cardversion_au";
CREATE TRIGGER "search_cardversion_au" AFTER UPDATE OF "claimId", "number", "truthVerdict" ON "CardVersion" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_claim_ai";
CREATE TRIGGER "search_claim_ai" AFTER INSERT ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_claim_au";
CREATE TRIGGER "search_claim_au" AFTER UPDATE OF "id", "text", "summary", "status", "claimantId", "createdAt" ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_claimsubject_ad";
CREATE TRIGGER "search_claimsubject_ad" AFTER DELETE ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;

DROP TRIGGER IF EXISTS "search_claimsubject_ai";
CREATE TRIGGER "search_claimsubject_ai" AFTER INSERT ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_claimsubject_au";
CREATE TRIGGER "search_claimsubject_au" AFTER UPDATE ON "ClaimSubject" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_claimtag_ad";
CREATE TRIGGER "search_claimtag_ad" AFTER DELETE ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
END;

DROP TRIGGER IF EXISTS "search_claimtag_ai";
CREATE TRIGGER "search_claimtag_ai" AFTER INSERT ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_claimtag_au";
CREATE TRIGGER "search_claimtag_au" AFTER UPDATE ON "ClaimTag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = OLD."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = OLD."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = OLD."claimId";
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" = NEW."claimId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" = NEW."claimId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" = NEW."claimId";
END;

DROP TRIGGER IF EXISTS "search_evidence_ai";
CREATE TRIGGER "search_evidence_ai" AFTER INSERT ON "Evidence" BEGIN
  DELETE FROM "search_evidence" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'evidence', "id" FROM "Evidence" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'evidence' AND g."ref" = "Evidence"."id");
  INSERT INTO "search_evidence"("rowid", "ref", "body", "note", "facets")
    SELECT d."docid", e."id", e."exact", coalesce(e."note", ''), coalesce(' zzc' || substr(strftime('%Y', e."createdAt"), 1, 3) || ' zzy' || strftime('%Y', e."createdAt") || ' zzm' || strftime('%Y%m', e."createdAt") || ' zzd' || strftime('%Y%m%d', e."createdAt"), '')
    FROM "Evidence" e JOIN "search_doc" d ON d."kind" = 'evidence' AND d."ref" = e."id"
    WHERE e."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_evidence_au";
CREATE TRIGGER "search_evidence_au" AFTER UPDATE OF "id", "exact", "note", "createdAt" ON "Evidence" BEGIN
  DELETE FROM "search_evidence" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_evidence" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'evidence' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'evidence', "id" FROM "Evidence" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'evidence' AND g."ref" = "Evidence"."id");
  INSERT INTO "search_evidence"("rowid", "ref", "body", "note", "facets")
    SELECT d."docid", e."id", e."exact", coalesce(e."note", ''), coalesce(' zzc' || substr(strftime('%Y', e."createdAt"), 1, 3) || ' zzy' || strftime('%Y', e."createdAt") || ' zzm' || strftime('%Y%m', e."createdAt") || ' zzd' || strftime('%Y%m%d', e."createdAt"), '')
    FROM "Evidence" e JOIN "search_doc" d ON d."kind" = 'evidence' AND d."ref" = e."id"
    WHERE e."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_source_ai";
CREATE TRIGGER "search_source_ai" AFTER INSERT ON "Source" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_source_au";
CREATE TRIGGER "search_source_au" AFTER UPDATE OF "id", "title", "publisher", "publishedAt", "createdAt" ON "Source" BEGIN
  DELETE FROM "search_source" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_sourcerevision_ad";
CREATE TRIGGER "search_sourcerevision_ad" AFTER DELETE ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."sourceId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = OLD."sourceId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = OLD."sourceId";
END;

DROP TRIGGER IF EXISTS "search_sourcerevision_ai";
CREATE TRIGGER "search_sourcerevision_ai" AFTER INSERT ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."sourceId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."sourceId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."sourceId";
END;

DROP TRIGGER IF EXISTS "search_sourcerevision_au";
CREATE TRIGGER "search_sourcerevision_au" AFTER UPDATE OF "sourceId", "number", "text" ON "SourceRevision" BEGIN
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = OLD."sourceId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = OLD."sourceId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = OLD."sourceId";
  DELETE FROM "search_source" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'source' AND "ref" = NEW."sourceId");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'source', "id" FROM "Source" WHERE "id" = NEW."sourceId" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'source' AND g."ref" = "Source"."id");
  INSERT INTO "search_source"("rowid", "ref", "title", "publisher", "body", "facets")
    SELECT d."docid", s."id", s."title", coalesce(s."publisher", ''),
         coalesce((SELECT r."text" FROM "SourceRevision" r WHERE r."sourceId" = s."id" ORDER BY r."number" DESC LIMIT 1), ''),
         coalesce(' zzc' || substr(strftime('%Y', coalesce(s."publishedAt", s."createdAt")), 1, 3) || ' zzy' || strftime('%Y', coalesce(s."publishedAt", s."createdAt")) || ' zzm' || strftime('%Y%m', coalesce(s."publishedAt", s."createdAt")) || ' zzd' || strftime('%Y%m%d', coalesce(s."publishedAt", s."createdAt")), '')
    FROM "Source" s JOIN "search_doc" d ON d."kind" = 'source' AND d."ref" = s."id"
    WHERE s."id" = NEW."sourceId";
END;

DROP TRIGGER IF EXISTS "search_statement_ai";
CREATE TRIGGER "search_statement_ai" AFTER INSERT ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'statement' AND g."ref" = "Statement"."id");
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_statement_au";
CREATE TRIGGER "search_statement_au" AFTER UPDATE OF "id", "exact", "speakerId", "createdAt" ON "Statement" BEGIN
  DELETE FROM "search_statement" WHERE "rowid" = (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id") AND OLD."id" <> NEW."id";
  DELETE FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = OLD."id" AND OLD."id" <> NEW."id";
  DELETE FROM "search_statement" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'statement' AND "ref" = NEW."id");
  INSERT INTO "search_doc"("kind", "ref") SELECT 'statement', "id" FROM "Statement" WHERE "id" = NEW."id" AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'statement' AND g."ref" = "Statement"."id");
  INSERT INTO "search_statement"("rowid", "ref", "body", "speaker", "facets")
    SELECT d."docid", st."id", st."exact", coalesce((SELECT a."name" FROM "Actor" a WHERE a."id" = st."speakerId"), ''),
         'zza' || st."speakerId" || coalesce(' zzc' || substr(strftime('%Y', st."createdAt"), 1, 3) || ' zzy' || strftime('%Y', st."createdAt") || ' zzm' || strftime('%Y%m', st."createdAt") || ' zzd' || strftime('%Y%m%d', st."createdAt"), '')
    FROM "Statement" st JOIN "search_doc" d ON d."kind" = 'statement' AND d."ref" = st."id"
    WHERE st."id" = NEW."id";
END;

DROP TRIGGER IF EXISTS "search_tag_au";
CREATE TRIGGER "search_tag_au" AFTER UPDATE OF "name" ON "Tag" BEGIN
  DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "docid" FROM "search_doc" WHERE "kind" = 'claim' AND "ref" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id"));
  INSERT INTO "search_doc"("kind", "ref") SELECT 'claim', "id" FROM "Claim" WHERE "id" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id") AND NOT EXISTS (SELECT 1 FROM "search_doc" g WHERE g."kind" = 'claim' AND g."ref" = "Claim"."id");
  INSERT INTO "search_claim"("rowid", "ref", "title", "summary", "tags", "facets")
    SELECT d."docid", c."id", c."text", coalesce(c."summary", ''),
         coalesce((SELECT group_concat(t."name", ', ') FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id"), ''),
         'zzs' || replace(c."status", '_', '')
           || coalesce(' zzv' || replace((SELECT cv."truthVerdict" FROM "CardVersion" cv WHERE cv."claimId" = c."id" ORDER BY cv."number" DESC LIMIT 1), '_', ''), '')
           || coalesce(' zza' || c."claimantId", '')
           || coalesce((SELECT group_concat(' zza' || cs."actorId", '') FROM "ClaimSubject" cs WHERE cs."claimId" = c."id"), '')
           || coalesce((SELECT group_concat(' zzt' || ct."tagId", '') FROM "ClaimTag" ct WHERE ct."claimId" = c."id"), '')
           || coalesce(' zzc' || substr(strftime('%Y', c."createdAt"), 1, 3) || ' zzy' || strftime('%Y', c."createdAt") || ' zzm' || strftime('%Y%m', c."createdAt") || ' zzd' || strftime('%Y%m%d', c."createdAt"), '')
    FROM "Claim" c JOIN "search_doc" d ON d."kind" = 'claim' AND d."ref" = c."id"
    WHERE c."id" IN (SELECT "claimId" FROM "ClaimTag" WHERE "tagId" = NEW."id");
END;
