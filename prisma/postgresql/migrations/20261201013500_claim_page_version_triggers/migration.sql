-- The staff claim page's kept views (docs/decisions/0030-claim-page-kept-views.md). Hand-written.
-- ClaimPageVersion holds one counter per claim that every write to the rows the page shows outside the
-- search data version (appearances, reviews, relations on either side, possible evidence, external
-- reviews) moves, in the writer's transaction: a commit from any connection or process is seen by the
-- next view (one read by primary key). A Prisma migration that redefines one of these tables drops its
-- triggers: re-create them from here.
-- The migration runner (the Prisma pg adapter) splits scripts at every semicolon, even inside quotes,
-- so the function bodies write their semicolons as the escape \073 in an E'' string. A relation moves
-- both claims' counters, the smaller id first, so two writers never take the two rows in opposite order.

CREATE FUNCTION "claim_page_note_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        INSERT INTO "ClaimPageVersion" ("claimId", "n") VALUES (OLD."claimId", 1) ON CONFLICT ("claimId") DO UPDATE SET "n" = "ClaimPageVersion"."n" + 1\073
    END IF\073
    IF TG_OP = ''INSERT'' OR (TG_OP = ''UPDATE'' AND NEW."claimId" <> OLD."claimId") THEN
        INSERT INTO "ClaimPageVersion" ("claimId", "n") VALUES (NEW."claimId", 1) ON CONFLICT ("claimId") DO UPDATE SET "n" = "ClaimPageVersion"."n" + 1\073
    END IF\073
    RETURN NULL\073
END';
CREATE FUNCTION "claim_page_note_relation_change"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    ids TEXT[]\073
    claim_id TEXT\073
BEGIN
    IF TG_OP = ''DELETE'' THEN
        ids := ARRAY[OLD."fromClaimId", OLD."toClaimId"]\073
    ELSIF TG_OP = ''INSERT'' THEN
        ids := ARRAY[NEW."fromClaimId", NEW."toClaimId"]\073
    ELSE
        ids := ARRAY[OLD."fromClaimId", OLD."toClaimId", NEW."fromClaimId", NEW."toClaimId"]\073
    END IF\073
    FOR claim_id IN SELECT DISTINCT x FROM unnest(ids) AS x ORDER BY x LOOP
        INSERT INTO "ClaimPageVersion" ("claimId", "n") VALUES (claim_id, 1) ON CONFLICT ("claimId") DO UPDATE SET "n" = "ClaimPageVersion"."n" + 1\073
    END LOOP\073
    RETURN NULL\073
END';
CREATE TRIGGER "claim_page_version_appearance" AFTER INSERT OR UPDATE OR DELETE ON "ClaimAppearance" FOR EACH ROW EXECUTE FUNCTION "claim_page_note_change"();
CREATE TRIGGER "claim_page_version_review" AFTER INSERT OR UPDATE OR DELETE ON "Review" FOR EACH ROW EXECUTE FUNCTION "claim_page_note_change"();
CREATE TRIGGER "claim_page_version_claimmatch" AFTER INSERT OR UPDATE OR DELETE ON "ClaimMatch" FOR EACH ROW EXECUTE FUNCTION "claim_page_note_change"();
CREATE TRIGGER "claim_page_version_externalreview" AFTER INSERT OR UPDATE OR DELETE ON "ExternalReview" FOR EACH ROW EXECUTE FUNCTION "claim_page_note_change"();
CREATE TRIGGER "claim_page_version_relation" AFTER INSERT OR UPDATE OR DELETE ON "ClaimRelation" FOR EACH ROW EXECUTE FUNCTION "claim_page_note_relation_change"();
