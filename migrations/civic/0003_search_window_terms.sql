-- A member's terms are upserted on every load of the politicians source, which sets their
-- columns again even when nothing changed; statements then need no new party. Only a change to
-- who, which party or from when re-derives the party of that member's statements.

DROP TRIGGER statement_search_terms_update;

CREATE TRIGGER statement_search_terms_update AFTER UPDATE OF member_id, party_id, start_date ON member_terms
WHEN OLD.member_id IS NOT NEW.member_id OR OLD.party_id IS NOT NEW.party_id OR OLD.start_date IS NOT NEW.start_date
BEGIN
  UPDATE statement_search SET party = (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id
      WHERE t.member_id = statement_search.member_id AND t.start_date <= statement_search.date ORDER BY t.start_date DESC, t.id DESC LIMIT 1)
  WHERE member_id IN (OLD.member_id, NEW.member_id);
END;
