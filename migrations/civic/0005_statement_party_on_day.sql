-- A statement's party is the member's party on its day, by the rule ballots follow (see
-- partyOnDay in workers/etl/src/load/settle.ts): the term covering the day, never an earlier term
-- that has ended; a term read from a speaker label speaks only for its own Parliament.

DROP TRIGGER statement_search_insert;
DROP TRIGGER statement_search_update;
DROP TRIGGER statement_search_terms_insert;
DROP TRIGGER statement_search_terms_update;
DROP TRIGGER statement_search_terms_delete;

CREATE TRIGGER statement_search_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statement_search (key, statement_id, date, session_code, member_id, party)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id, NEW.id, NEW.date,
    (SELECT session_code FROM documents WHERE id = NEW.document_id), NEW.member_id,
    (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = NEW.member_id AND t.start_date <= NEW.date AND (t.end_date IS NULL OR t.end_date >= substr(NEW.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr((SELECT session_code FROM documents WHERE id = NEW.document_id), 1, instr((SELECT session_code FROM documents WHERE id = NEW.document_id), '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1));
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id,
    NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
  INSERT INTO search_topics (lang, title, statements) SELECT 'en', NEW.subheading_en, 1 WHERE NEW.subheading_en <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
  INSERT INTO search_topics (lang, title, statements) SELECT 'fr', NEW.subheading_fr, 1 WHERE NEW.subheading_fr <> ''
  ON CONFLICT (lang, title) DO UPDATE SET statements = statements + 1;
END;

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
    (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = NEW.member_id AND t.start_date <= NEW.date AND (t.end_date IS NULL OR t.end_date >= substr(NEW.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr((SELECT session_code FROM documents WHERE id = NEW.document_id), 1, instr((SELECT session_code FROM documents WHERE id = NEW.document_id), '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1));
  INSERT INTO statements_fts (rowid, speaker_name_en, speaker_name_fr, heading_en, heading_fr, subheading_en, subheading_fr, text_en, text_fr)
  VALUES (CAST(replace(substr(NEW.date, 1, 10), '-', '') AS INTEGER) * 100000000 + NEW.id,
    NEW.speaker_name_en, NEW.speaker_name_fr, NEW.heading_en, NEW.heading_fr, NEW.subheading_en, NEW.subheading_fr, NEW.text_en, NEW.text_fr);
END;

CREATE TRIGGER statement_search_terms_insert AFTER INSERT ON member_terms BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date AND (t.end_date IS NULL OR t.end_date >= substr(statement_search.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr(statement_search.session_code, 1, instr(statement_search.session_code, '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id = NEW.member_id;
END;

-- Only a change to who, which party, from when or until when re-derives the party of that member's statements.
CREATE TRIGGER statement_search_terms_update AFTER UPDATE OF member_id, party_id, start_date, end_date, source ON member_terms
WHEN OLD.member_id IS NOT NEW.member_id OR OLD.party_id IS NOT NEW.party_id OR OLD.start_date IS NOT NEW.start_date
  OR OLD.end_date IS NOT NEW.end_date OR OLD.source IS NOT NEW.source
BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date AND (t.end_date IS NULL OR t.end_date >= substr(statement_search.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr(statement_search.session_code, 1, instr(statement_search.session_code, '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id IN (OLD.member_id, NEW.member_id);
END;

CREATE TRIGGER statement_search_terms_delete AFTER DELETE ON member_terms BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date AND (t.end_date IS NULL OR t.end_date >= substr(statement_search.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr(statement_search.session_code, 1, instr(statement_search.session_code, '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id = OLD.member_id;
END;

UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t LEFT JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date AND (t.end_date IS NULL OR t.end_date >= substr(statement_search.date, 1, 10))
        AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
          AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr(statement_search.session_code, 1, instr(statement_search.session_code, '-'))))
      ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
WHERE member_id IS NOT NULL;
