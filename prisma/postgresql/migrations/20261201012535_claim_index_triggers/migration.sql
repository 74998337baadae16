-- Claim index changes (docs/decisions/0032-claim-index-changes.md). Hand-written.
-- Every write that changes what the matcher's claim index reads logs the claim it touches in
-- "ClaimIndexChange", in the writer's transaction: a claim's text, kind, status, slug or claimant, its
-- subjects and tags, and the name of a tag or actor it names. Actor aliases feed the alias lexicon of
-- every claim, so their changes log a row with no claim ("claimId" NULL). Writes to other tables log nothing.
-- Sequence values are taken before commit, so "seq" order is not commit order here: each row keeps its
-- transaction id ("txid"), and a reader takes as its cursor the oldest transaction still running
-- (pg_snapshot_xmin), reading next time every row from that transaction on (lib/services/claim-index.ts).
-- The migration runner splits scripts at every semicolon, even inside quotes, so function bodies write
-- theirs as the escape \073 in an E'' string.

CREATE FUNCTION "claim_index_note_claim"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''DELETE'' THEN
        INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (OLD."id", pg_current_xact_id()::text::bigint)\073
    ELSE
        INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (NEW."id", pg_current_xact_id()::text::bigint)\073
    END IF\073
    RETURN NULL\073
END
';

CREATE FUNCTION "claim_index_note_link"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (OLD."claimId", pg_current_xact_id()::text::bigint)\073
    END IF\073
    IF TG_OP <> ''DELETE'' THEN
        INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (NEW."claimId", pg_current_xact_id()::text::bigint)\073
    END IF\073
    RETURN NULL\073
END
';

CREATE FUNCTION "claim_index_note_tag"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    INSERT INTO "ClaimIndexChange" ("claimId", "txid")
        SELECT "claimId", pg_current_xact_id()::text::bigint FROM "ClaimTag" WHERE "tagId" = NEW."id"\073
    RETURN NULL\073
END
';

CREATE FUNCTION "claim_index_note_actor"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    INSERT INTO "ClaimIndexChange" ("claimId", "txid")
        SELECT c."id", pg_current_xact_id()::text::bigint FROM "Claim" c WHERE c."claimantId" = NEW."id"
        UNION SELECT s."claimId", pg_current_xact_id()::text::bigint FROM "ClaimSubject" s WHERE s."actorId" = NEW."id"\073
    IF EXISTS (SELECT 1 FROM "ActorAlias" WHERE "actorId" = NEW."id") THEN
        INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (NULL, pg_current_xact_id()::text::bigint)\073
    END IF\073
    RETURN NULL\073
END
';

CREATE FUNCTION "claim_index_note_aliases"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    INSERT INTO "ClaimIndexChange" ("claimId", "txid") VALUES (NULL, pg_current_xact_id()::text::bigint)\073
    RETURN NULL\073
END
';

CREATE TRIGGER "claim_index" AFTER INSERT OR DELETE OR UPDATE OF "text", "kind", "status", "slug", "claimantId" ON "Claim" FOR EACH ROW EXECUTE FUNCTION "claim_index_note_claim"();
CREATE TRIGGER "claim_index" AFTER INSERT OR UPDATE OR DELETE ON "ClaimTag" FOR EACH ROW EXECUTE FUNCTION "claim_index_note_link"();
CREATE TRIGGER "claim_index" AFTER INSERT OR UPDATE OR DELETE ON "ClaimSubject" FOR EACH ROW EXECUTE FUNCTION "claim_index_note_link"();
CREATE TRIGGER "claim_index" AFTER UPDATE OF "name" ON "Tag" FOR EACH ROW EXECUTE FUNCTION "claim_index_note_tag"();
CREATE TRIGGER "claim_index" AFTER UPDATE OF "name" ON "Actor" FOR EACH ROW EXECUTE FUNCTION "claim_index_note_actor"();
CREATE TRIGGER "claim_index" AFTER INSERT OR UPDATE OR DELETE ON "ActorAlias" FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_note_aliases"();
