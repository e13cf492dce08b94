-- Schema version 5: a problem may belong to one document (a step that failed on it), so the
-- row names the document and the step. Documents a step failed on are stored with status
-- 'failed' and skipped by later stages.
ALTER TABLE ingest_problems ADD COLUMN doc_id VARCHAR;
ALTER TABLE ingest_problems ADD COLUMN stage VARCHAR;
