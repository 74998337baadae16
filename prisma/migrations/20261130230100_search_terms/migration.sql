-- The words of each search index, for expanding a word being typed (docs/decisions/0028-search-at-scale.md).
-- Hand-written; fts5vocab tables store nothing and have no triggers: they read the FTS5 index itself.
--
-- A prefix longer than the prefix index ("council"*) makes FTS5 merge the whole doclist of every word
-- starting with it before the first row; reading the words that extend it here (each an index seek,
-- skipping the typed word itself) and asking for them as whole words lets FTS5 read lazily again.
CREATE VIRTUAL TABLE "search_claim_terms" USING fts5vocab("search_claim", 'row');
CREATE VIRTUAL TABLE "search_source_terms" USING fts5vocab("search_source", 'row');
CREATE VIRTUAL TABLE "search_statement_terms" USING fts5vocab("search_statement", 'row');
CREATE VIRTUAL TABLE "search_evidence_terms" USING fts5vocab("search_evidence", 'row');
CREATE VIRTUAL TABLE "search_actor_terms" USING fts5vocab("search_actor", 'row');
