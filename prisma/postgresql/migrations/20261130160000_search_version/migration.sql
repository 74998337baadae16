-- Search result cache invalidation (docs/decisions/0009-search.md, "Cached results"). Hand-written.
-- Every statement that writes a table the search reads logs a row in claimdesk_search.change_log, in the
-- writer's transaction, so the row becomes visible exactly when the write commits. The version a reader
-- sees is base.n + count(change_log): it grows by one with every such commit and never repeats.
-- No shared row is updated on the write path (that would serialise writers and risk deadlocks): the log
-- is append-only, and a writer that lands on every 256th id folds the log into base.n, only when it gets
-- an advisory lock without waiting and runs in READ COMMITTED (so it never blocks or fails a transaction).
-- A schema of its own keeps these objects out of the drift test's view of "public".
-- The migration runner (the Prisma pg adapter) splits scripts at every semicolon, even inside quotes,
-- so the function body writes its semicolons as the escape \073 in an E'' string.

CREATE SCHEMA "claimdesk_search";
CREATE TABLE "claimdesk_search"."change_base" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "n" BIGINT NOT NULL
);
INSERT INTO "claimdesk_search"."change_base" ("id", "n") VALUES (1, 0);
CREATE TABLE "claimdesk_search"."change_log" ("id" BIGSERIAL NOT NULL PRIMARY KEY);

CREATE FUNCTION "claimdesk_search"."note_change"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    logged BIGINT\073
    folded BIGINT\073
BEGIN
    INSERT INTO "claimdesk_search"."change_log" DEFAULT VALUES RETURNING "id" INTO logged\073
    IF logged % 256 = 0
        AND current_setting(''transaction_isolation'') = ''read committed''
        AND pg_try_advisory_xact_lock(hashtext(''claimdesk_search.change_log''))
    THEN
        WITH gone AS (DELETE FROM "claimdesk_search"."change_log" WHERE "id" < logged RETURNING 1)
        SELECT count(*) INTO folded FROM gone\073
        UPDATE "claimdesk_search"."change_base" SET "n" = "n" + folded WHERE "id" = 1\073
    END IF\073
    RETURN NULL\073
END
';

CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Claim" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ClaimTag" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ClaimSubject" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CardVersion" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceRevision" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Statement" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Evidence" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Actor" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActorAlias" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
CREATE TRIGGER "search_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Tag" FOR EACH STATEMENT EXECUTE FUNCTION "claimdesk_search"."note_change"();
