-- Facts looked up by their sentence: the timeline's places, sources and Hijri dates of the events it shows, and
-- the cascade when a document's sentences are deleted (without these, each deleted sentence scans every table).
CREATE INDEX ix_date_mentions_sentence ON date_mentions (sentence_id);
CREATE INDEX ix_source_mentions_sentence ON source_mentions (sentence_id);
CREATE INDEX ix_figures_sentence ON figures (sentence_id);
CREATE INDEX ix_place_mentions_sentence ON place_mentions (sentence_id);
CREATE INDEX ix_events_sentence ON events (sentence_id);
