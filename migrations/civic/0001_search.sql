-- Full-text search over the civic corpus, for the search service.
--
-- Each index is an FTS5 external-content table: it stores only the index, and reads the text
-- back from its base table (for snippets), so the corpus is not held twice. Triggers keep every
-- index in step with its table as the ETL inserts, upserts and deletes rows (cascades included),
-- so there is no separate reindex step for anyone to remember. A table restored from a backup
-- without its index is re-indexed with INSERT INTO <index>(<index>) VALUES ('rebuild').
--
-- unicode61 with remove_diacritics 2 folds accents on both sides of a match, so economie finds
-- économie and the other way round. Column order matters: the search service weights columns by
-- position in bm25().
--
-- Trigger bodies are kept plain (see TOOLCHAIN.md on the wrangler SQL splitter).

-- Statements: speaker, order of business, subject of business and the text, in both languages.
CREATE VIRTUAL TABLE statements_fts USING fts5(
  speaker_name_en, speaker_name_fr,
  heading_en, heading_fr,
  subheading_en, subheading_fr,
  text_en, text_fr,
  content = 'statements', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE bills_fts USING fts5(
  number,
  short_title_en, short_title_fr,
  long_title_en, long_title_fr,
  content = 'bills', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE VIRTUAL TABLE members_fts USING fts5(
  name,
  content = 'members', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE VIRTUAL TABLE committees_fts USING fts5(
  acronym, name_en, name_fr,
  content = 'committees', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE VIRTUAL TABLE representatives_fts USING fts5(
  name, district_name, elected_office, party_name,
  content = 'representatives', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Topics for search suggestions: each subject of business (statements.subheading_en/fr) with the
-- number of statements under it, counted by the statement triggers below. A topic disappears
-- when its last statement does.
CREATE TABLE search_topics (
  id INTEGER PRIMARY KEY,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  statements INTEGER NOT NULL,
  UNIQUE (lang, title)
);

CREATE VIRTUAL TABLE search_topics_fts USING fts5(
  title,
  content = 'search_topics', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

-- Index what is already loaded before the triggers take over.
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
INSERT INTO bills_fts (bills_fts) VALUES ('rebuild');
INSERT INTO members_fts (members_fts) VALUES ('rebuild');
INSERT INTO committees_fts (committees_fts) VALUES ('rebuild');
INSERT INTO representatives_fts (representatives_fts) VALUES ('rebuild');
INSERT INTO search_topics (lang, title, statements)
  SELECT 'en', subheading_en, count(*) FROM statements WHERE subheading_en <> '' GROUP BY subheading_en;
INSERT INTO search_topics (lang, title, statements)
  SELECT 'fr', subheading_fr, count(*) FROM statements WHERE subheading_fr <> '' GROUP BY subheading_fr;
INSERT INTO search_topics_fts (search_topics_fts) VALUES ('rebuild');

-- Statements -------------------------------------------------------------------------------------

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (NEW.id, NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
  INSERT INTO search_topics (lang, title, statements) SELECT 'en', NEW.subheading_en, 1 WHERE NEW.subheading_en <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
  INSERT INTO search_topics (lang, title, statements) SELECT 'fr', NEW.subheading_fr, 1 WHERE NEW.subheading_fr <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES ('delete', OLD.id, OLD.speaker_name_en, OLD.speaker_name_fr, OLD.heading_en, OLD.heading_fr, OLD.subheading_en, OLD.subheading_fr, OLD.text_en, OLD.text_fr);
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'en' AND title = OLD.subheading_en;
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'fr' AND title = OLD.subheading_fr;
  DELETE FROM search_topics WHERE statements <= 0 AND ((lang = 'en' AND title = OLD.subheading_en) OR (lang = 'fr' AND title = OLD.subheading_fr));
END;

-- An upsert that changes nothing the index holds (a member linked, a time corrected) leaves it be.
CREATE TRIGGER statements_fts_update AFTER UPDATE OF speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr ON statements
WHEN OLD.speaker_name_en IS NOT NEW.speaker_name_en OR OLD.speaker_name_fr IS NOT NEW.speaker_name_fr
  OR OLD.heading_en IS NOT NEW.heading_en OR OLD.heading_fr IS NOT NEW.heading_fr
  OR OLD.subheading_en IS NOT NEW.subheading_en OR OLD.subheading_fr IS NOT NEW.subheading_fr
  OR OLD.text_en IS NOT NEW.text_en OR OLD.text_fr IS NOT NEW.text_fr
BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES ('delete', OLD.id, OLD.speaker_name_en, OLD.speaker_name_fr, OLD.heading_en, OLD.heading_fr, OLD.subheading_en, OLD.subheading_fr, OLD.text_en, OLD.text_fr);
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (NEW.id, NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
END;

CREATE TRIGGER statements_topic_en_update AFTER UPDATE OF subheading_en ON statements
WHEN OLD.subheading_en IS NOT NEW.subheading_en
BEGIN
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'en' AND title = OLD.subheading_en;
  DELETE FROM search_topics WHERE lang = 'en' AND title = OLD.subheading_en AND statements <= 0;
  INSERT INTO search_topics (lang, title, statements) SELECT 'en', NEW.subheading_en, 1 WHERE NEW.subheading_en <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statements_topic_fr_update AFTER UPDATE OF subheading_fr ON statements
WHEN OLD.subheading_fr IS NOT NEW.subheading_fr
BEGIN
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'fr' AND title = OLD.subheading_fr;
  DELETE FROM search_topics WHERE lang = 'fr' AND title = OLD.subheading_fr AND statements <= 0;
  INSERT INTO search_topics (lang, title, statements) SELECT 'fr', NEW.subheading_fr, 1 WHERE NEW.subheading_fr <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
END;

-- Topics -----------------------------------------------------------------------------------------

CREATE TRIGGER search_topics_fts_insert AFTER INSERT ON search_topics BEGIN
  INSERT INTO search_topics_fts (rowid, title) VALUES (NEW.id, NEW.title);
END;

CREATE TRIGGER search_topics_fts_delete AFTER DELETE ON search_topics BEGIN
  INSERT INTO search_topics_fts (search_topics_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
END;

CREATE TRIGGER search_topics_fts_update AFTER UPDATE OF title ON search_topics
WHEN OLD.title IS NOT NEW.title
BEGIN
  INSERT INTO search_topics_fts (search_topics_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
  INSERT INTO search_topics_fts (rowid, title) VALUES (NEW.id, NEW.title);
END;

-- Bills ------------------------------------------------------------------------------------------

CREATE TRIGGER bills_fts_insert AFTER INSERT ON bills BEGIN
  INSERT INTO bills_fts (rowid, number, short_title_en, short_title_fr, long_title_en, long_title_fr)
  VALUES (NEW.id, NEW.number, NEW.short_title_en, NEW.short_title_fr, NEW.long_title_en, NEW.long_title_fr);
END;

CREATE TRIGGER bills_fts_delete AFTER DELETE ON bills BEGIN
  INSERT INTO bills_fts (bills_fts, rowid, number, short_title_en, short_title_fr, long_title_en, long_title_fr)
  VALUES ('delete', OLD.id, OLD.number, OLD.short_title_en, OLD.short_title_fr, OLD.long_title_en, OLD.long_title_fr);
END;

CREATE TRIGGER bills_fts_update AFTER UPDATE OF number, short_title_en, short_title_fr, long_title_en, long_title_fr ON bills
WHEN OLD.number IS NOT NEW.number OR OLD.short_title_en IS NOT NEW.short_title_en OR OLD.short_title_fr IS NOT NEW.short_title_fr
  OR OLD.long_title_en IS NOT NEW.long_title_en OR OLD.long_title_fr IS NOT NEW.long_title_fr
BEGIN
  INSERT INTO bills_fts (bills_fts, rowid, number, short_title_en, short_title_fr, long_title_en, long_title_fr)
  VALUES ('delete', OLD.id, OLD.number, OLD.short_title_en, OLD.short_title_fr, OLD.long_title_en, OLD.long_title_fr);
  INSERT INTO bills_fts (rowid, number, short_title_en, short_title_fr, long_title_en, long_title_fr)
  VALUES (NEW.id, NEW.number, NEW.short_title_en, NEW.short_title_fr, NEW.long_title_en, NEW.long_title_fr);
END;

-- Members ----------------------------------------------------------------------------------------

CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
  INSERT INTO members_fts (rowid, name) VALUES (NEW.id, NEW.name);
END;

CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
  INSERT INTO members_fts (members_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
END;

CREATE TRIGGER members_fts_update AFTER UPDATE OF name ON members
WHEN OLD.name IS NOT NEW.name
BEGIN
  INSERT INTO members_fts (members_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
  INSERT INTO members_fts (rowid, name) VALUES (NEW.id, NEW.name);
END;

-- Committees -------------------------------------------------------------------------------------

CREATE TRIGGER committees_fts_insert AFTER INSERT ON committees BEGIN
  INSERT INTO committees_fts (rowid, acronym, name_en, name_fr) VALUES (NEW.id, NEW.acronym, NEW.name_en, NEW.name_fr);
END;

CREATE TRIGGER committees_fts_delete AFTER DELETE ON committees BEGIN
  INSERT INTO committees_fts (committees_fts, rowid, acronym, name_en, name_fr) VALUES ('delete', OLD.id, OLD.acronym, OLD.name_en, OLD.name_fr);
END;

CREATE TRIGGER committees_fts_update AFTER UPDATE OF acronym, name_en, name_fr ON committees
WHEN OLD.acronym IS NOT NEW.acronym OR OLD.name_en IS NOT NEW.name_en OR OLD.name_fr IS NOT NEW.name_fr
BEGIN
  INSERT INTO committees_fts (committees_fts, rowid, acronym, name_en, name_fr) VALUES ('delete', OLD.id, OLD.acronym, OLD.name_en, OLD.name_fr);
  INSERT INTO committees_fts (rowid, acronym, name_en, name_fr) VALUES (NEW.id, NEW.acronym, NEW.name_en, NEW.name_fr);
END;

-- Representatives --------------------------------------------------------------------------------

CREATE TRIGGER representatives_fts_insert AFTER INSERT ON representatives BEGIN
  INSERT INTO representatives_fts (rowid, name, district_name, elected_office, party_name)
  VALUES (NEW.id, NEW.name, NEW.district_name, NEW.elected_office, NEW.party_name);
END;

CREATE TRIGGER representatives_fts_delete AFTER DELETE ON representatives BEGIN
  INSERT INTO representatives_fts (representatives_fts, rowid, name, district_name, elected_office, party_name)
  VALUES ('delete', OLD.id, OLD.name, OLD.district_name, OLD.elected_office, OLD.party_name);
END;

CREATE TRIGGER representatives_fts_update AFTER UPDATE OF name, district_name, elected_office, party_name ON representatives
WHEN OLD.name IS NOT NEW.name OR OLD.district_name IS NOT NEW.district_name
  OR OLD.elected_office IS NOT NEW.elected_office OR OLD.party_name IS NOT NEW.party_name
BEGIN
  INSERT INTO representatives_fts (representatives_fts, rowid, name, district_name, elected_office, party_name)
  VALUES ('delete', OLD.id, OLD.name, OLD.district_name, OLD.elected_office, OLD.party_name);
  INSERT INTO representatives_fts (rowid, name, district_name, elected_office, party_name)
  VALUES (NEW.id, NEW.name, NEW.district_name, NEW.elected_office, NEW.party_name);
END;
