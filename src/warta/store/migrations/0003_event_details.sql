-- Schema version 3: what the events stage records beyond the contract's core — the words
-- that set the modality, whether a date was resolved without a publication date, where a
-- location came from — and event clusters that count documents as well as outlets.
ALTER TABLE events ADD COLUMN modality_cue_start INTEGER;
ALTER TABLE events ADD COLUMN modality_cue_end INTEGER;
ALTER TABLE events ADD COLUMN modality_cue_text VARCHAR;
ALTER TABLE events ADD COLUMN date_relative BOOLEAN;
ALTER TABLE events ADD COLUMN sentence_text VARCHAR;
ALTER TABLE event_locations ADD COLUMN source VARCHAR;
CREATE INDEX event_locations_place ON event_locations (place_id);

CREATE OR REPLACE VIEW event_clusters AS
SELECT e.event_cluster,
       any_value(e.type)                 AS type,
       count(*)                          AS n_reports,
       count(DISTINCT e.doc_id)          AS n_documents,
       count(DISTINCT d.outlet)          AS n_outlets,
       list(DISTINCT d.outlet ORDER BY d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets,
       min(coalesce(e.date_value, d.published)) AS first_date
FROM events e JOIN documents d USING (doc_id)
WHERE e.event_cluster IS NOT NULL
GROUP BY e.event_cluster;
