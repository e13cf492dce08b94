-- Schema version 6: where an event's date came from (its sentence, its paragraph, the
-- sentences before it, the article's lead date, the publication date: warta.dates.govern).
ALTER TABLE events ADD COLUMN date_source VARCHAR;
