-- Merge each search index into one segment (docs/decisions/0028-search-at-scale.md). Hand-written; no
-- table or trigger changes.
--
-- FTS5 writes every transaction as a new segment and merges segments only in groups (automerge), so a
-- bulk-loaded or long-lived index holds about ten segments per table. Every term lookup then seeks in
-- each segment: at 1,000,000 evidence rows the snippets of one results page took ~6 ms and exact-word
-- lookups 2-3 times longer than with one segment. 'optimize' merges them once (seconds at that size);
-- later writes add small segments that automerge keeps few.
INSERT INTO "search_claim"("search_claim") VALUES ('optimize');
INSERT INTO "search_source"("search_source") VALUES ('optimize');
INSERT INTO "search_statement"("search_statement") VALUES ('optimize');
INSERT INTO "search_evidence"("search_evidence") VALUES ('optimize');
INSERT INTO "search_actor"("search_actor") VALUES ('optimize');
