-- Schema version 4: an inverted index of word stems for full-text search that knows
-- Indonesian morphology ("serangan" finds "menyerang": both are "serang").
CREATE TABLE document_terms (
    doc_id  VARCHAR NOT NULL,
    term    VARCHAR NOT NULL,
    tf      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, term)
);
CREATE INDEX document_terms_term ON document_terms (term);
