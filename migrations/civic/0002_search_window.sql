-- Statements indexed newest first, so a search reads the most recent matches without scoring
-- every match.
--
-- A word said in half of a million statements matches half a million rows; ranking all of them
-- by bm25 and counting their facets took seconds. FTS5 walks its index in rowid order and stops
-- at a LIMIT, so the statement index is now keyed by sitting date: each statement's search key is
-- yyyymmdd × 10^8 + its id (`20240131` then eight digits, so keys stay exact in JavaScript numbers), and `ORDER BY rowid DESC LIMIT n` reads
-- the n newest matches and scores only those (workers/search/src/indexes.ts, the search window).
-- A date range becomes a range of keys, which FTS5 also applies inside its index.
--
-- `statement_search` holds each statement's key with what search filters and facets read (date,
-- session, member, the member's party on that date), so a hit needs one primary-key look-up
-- instead of joins and a party look-up per match. The index reads its text through the
-- `statement_search_text` view (the statement joined on its key), so text is still stored once.
-- Triggers keep all of it in step: statements as they are written, the party when a member's
-- terms change, the session when a document's does.

DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

CREATE TABLE statement_search (
  key INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL UNIQUE CHECK (statement_id < 100000000),
  date TEXT NOT NULL,
  session_code TEXT,
  member_id INTEGER,
  party TEXT
);
CREATE INDEX statement_search_member ON statement_search (member_id, date);

CREATE VIEW statement_search_text AS
SELECT ss.key, s.speaker_name_en, s.speaker_name_fr, s.heading_en, s.heading_fr, s.subheading_en, s.subheading_fr, s.text_en, s.text_fr
FROM statement_search ss JOIN statements s ON s.id = ss.statement_id;

CREATE VIRTUAL TABLE statements_fts USING fts5(
  speaker_name_en, speaker_name_fr,
  heading_en, heading_fr,
  subheading_en, subheading_fr,
  text_en, text_fr,
  content = 'statement_search_text', content_rowid = 'key',
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO statement_search (key, statement_id, date, session_code, member_id, party)
SELECT CAST(replace(substr(s.date, 1, 10), '-', '') AS INTEGER) * 100000000 + s.id, s.id, s.date, d.session_code, s.member_id,
  (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
    WHERE t.member_id = s.member_id AND t.start_date <= s.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
FROM statements s LEFT JOIN documents d ON d.id = s.document_id;

INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');

-- Statements -------------------------------------------------------------------------------------

CREATE TRIGGER statement_search_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statement_search (key, statement_id, date, session_code, member_id, party)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id, NEW.id, NEW.date,
    (SELECT session_code FROM documents WHERE id = NEW.document_id), NEW.member_id,
    (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = NEW.member_id AND t.start_date <= NEW.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1));
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id,
    NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
  INSERT INTO search_topics (lang, title, statements) SELECT 'en', NEW.subheading_en, 1 WHERE NEW.subheading_en <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
  INSERT INTO search_topics (lang, title, statements) SELECT 'fr', NEW.subheading_fr, 1 WHERE NEW.subheading_fr <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statement_search_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  SELECT 'delete', key, OLD.speaker_name_en, OLD.speaker_name_fr, OLD.heading_en, OLD.heading_fr, OLD.subheading_en, OLD.subheading_fr, OLD.text_en, OLD.text_fr
  FROM statement_search WHERE statement_id = OLD.id;
  DELETE FROM statement_search WHERE statement_id = OLD.id;
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'en' AND title = OLD.subheading_en;
  UPDATE search_topics SET statements = statements - 1 WHERE lang = 'fr' AND title = OLD.subheading_fr;
  DELETE FROM search_topics WHERE statements <= 0 AND ((lang = 'en' AND title = OLD.subheading_en) OR (lang = 'fr' AND title = OLD.subheading_fr));
END;

-- An upsert that changes nothing search reads (a time corrected, a source id) leaves the index be.
-- Otherwise the statement leaves the index under its old key and enters under its new one: the
-- text is re-indexed, and a new date moves the statement to its new place in the order.
CREATE TRIGGER statement_search_update AFTER UPDATE OF date, document_id, member_id, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr ON statements
WHEN OLD.date IS NOT NEW.date OR OLD.document_id IS NOT NEW.document_id OR OLD.member_id IS NOT NEW.member_id
  OR OLD.speaker_name_en IS NOT NEW.speaker_name_en OR OLD.speaker_name_fr IS NOT NEW.speaker_name_fr
  OR OLD.heading_en IS NOT NEW.heading_en OR OLD.heading_fr IS NOT NEW.heading_fr
  OR OLD.subheading_en IS NOT NEW.subheading_en OR OLD.subheading_fr IS NOT NEW.subheading_fr
  OR OLD.text_en IS NOT NEW.text_en OR OLD.text_fr IS NOT NEW.text_fr
BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  SELECT 'delete', key, OLD.speaker_name_en, OLD.speaker_name_fr, OLD.heading_en, OLD.heading_fr, OLD.subheading_en, OLD.subheading_fr, OLD.text_en, OLD.text_fr
  FROM statement_search WHERE statement_id = OLD.id;
  DELETE FROM statement_search WHERE statement_id = OLD.id;
  INSERT INTO statement_search (key, statement_id, date, session_code, member_id, party)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id, NEW.id, NEW.date,
    (SELECT session_code FROM documents WHERE id = NEW.document_id), NEW.member_id,
    (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = NEW.member_id AND t.start_date <= NEW.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1));
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id,
    NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
END;

-- What statements are filtered by, kept true when what it derives from changes -----------------

-- A member's party on a date comes from their terms, which may load before or after their
-- statements and may be corrected later.
CREATE TRIGGER statement_search_terms_insert AFTER INSERT ON member_terms BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id = NEW.member_id;
END;

CREATE TRIGGER statement_search_terms_update AFTER UPDATE OF member_id, party_id, start_date ON member_terms BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id IN (OLD.member_id, NEW.member_id);
END;

CREATE TRIGGER statement_search_terms_delete AFTER DELETE ON member_terms BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id = OLD.member_id;
END;

CREATE TRIGGER statement_search_document_session AFTER UPDATE OF session_code ON documents
WHEN OLD.session_code IS NOT NEW.session_code
BEGIN
  UPDATE statement_search SET session_code = NEW.session_code
  WHERE statement_id IN (SELECT id FROM statements WHERE document_id = NEW.id);
END;
