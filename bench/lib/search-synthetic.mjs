// The synthetic corpus: copies of the real statements, each copy in its own new documents with
// the sitting moved to another day between 2000 and 2025 and every member's statement given to
// another member (name included), so dates, years, sessions' date ranges, speakers and their
// parties vary as in a real archive while the text stays Hansard's own. The same statements, with
// the same bound values, run on D1 and on better-sqlite3, so both hold the same rows: row ids are
// derived from the real ids, not from AUTOINCREMENT, and nothing reads the clock.
//
// Rows go in with INSERT … SELECT inside SQLite, one copy per statement, so the schema's triggers
// index each row into statements_fts (and count search_topics) as they do for the ETL's writes.

/** Marks every generated row, so it can be told apart from what the ETL loaded. */
export const SYNTHETIC_SOURCE = "bench-synthetic";
const STAMP = "2026-01-01T00:00:00.000Z";
/** Days from 2000-01-03: ~26 years. */
const DAY_SPAN = 9490;

/** What the copies are made from: read once from the loaded data, on either side. */
export const REAL_SQL = `SELECT (SELECT max(id) FROM documents) AS max_document, (SELECT max(id) FROM statements) AS max_statement,
  (SELECT count(*) FROM statements) AS statements`;

/** Binds ?1 copy number (1…), ?2 the highest real document id. */
export const COPY_DOCUMENTS_SQL = `INSERT INTO documents (id, kind, session_code, date, number, source_id_en, source_id_fr, source_url_en, source_url_fr, source, updated_at)
SELECT d.id + ?1 * ?2, d.kind, d.session_code, date('2000-01-03', '+' || ((d.id * 7 + ?1 * 61) % ${DAY_SPAN}) || ' days'),
  d.number + ?1 * 100000, NULL, NULL, d.source_url_en, d.source_url_fr, '${SYNTHETIC_SOURCE}', '${STAMP}'
FROM documents d WHERE d.id <= ?2`;

/**
 * Binds ?1 copy number, ?2 highest real statement id, ?3 highest real document id, ?4 how many
 * statements this copy takes (the last copy may take fewer). Speakers are drawn from members with
 * a term, so the party a statement is searched by exists on most dates.
 */
export const COPY_STATEMENTS_SQL = `INSERT INTO statements (id, document_id, date, sequence, source_id, member_id, speaker_db_id, speaker_affiliation_type,
  speaker_name_en, speaker_name_fr, speaker_context_en, speaker_context_fr, heading_en, heading_fr, subheading_en, subheading_fr,
  time, intervention_type, floor_language, text_en, text_fr, procedural, word_count, source, updated_at)
WITH speakers AS MATERIALIZED (
  SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS n FROM members WHERE id IN (SELECT member_id FROM member_terms)
)
SELECT s.id + ?1 * ?2, d.id, d.date, s.sequence, s.source_id,
  CASE WHEN s.member_id IS NULL THEN NULL ELSE sp.id END, NULL, s.speaker_affiliation_type,
  CASE WHEN s.member_id IS NULL OR sp.id IS NULL THEN s.speaker_name_en ELSE sp.name END,
  CASE WHEN s.member_id IS NULL OR sp.id IS NULL THEN s.speaker_name_fr ELSE sp.name END,
  s.speaker_context_en, s.speaker_context_fr, s.heading_en, s.heading_fr, s.subheading_en, s.subheading_fr,
  s.time, s.intervention_type, s.floor_language, s.text_en, s.text_fr, s.procedural, s.word_count, '${SYNTHETIC_SOURCE}', '${STAMP}'
FROM statements s JOIN documents d ON d.id = s.document_id + ?1 * ?3
LEFT JOIN speakers sp ON sp.n = (s.id * 31 + ?1 * 17) % (SELECT max(count(*), 1) FROM speakers)
WHERE s.id <= ?2 ORDER BY s.id LIMIT ?4`;

/** Copies needed for `wanted` generated statements from `real` ones; the last takes the remainder. */
export function copyPlan(real, wanted) {
  const plan = [];
  for (let k = 1, left = wanted; left > 0; k++, left -= real.statements) plan.push({ copy: k, take: Math.min(real.statements, left) });
  return plan;
}

/** What both sides must agree on afterwards, independent of how each stored it. */
export const SUMMARY_SQL = `SELECT count(*) AS statements, sum(id) AS ids, sum(ifnull(member_id, 0)) AS members, count(DISTINCT date) AS dates,
  count(DISTINCT member_id) AS speakers, sum(length(text_en) + length(text_fr)) AS chars, min(date) AS first, max(date) AS last,
  (SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'government') AS fts_government,
  (SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'economie') AS fts_economie
FROM statements`;

/** Filter values that exist in the loaded data: the busiest session and party, a five-year window. */
export const FILTER_VALUES_SQL = `SELECT
  (SELECT d.session_code FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.id <= ?1
     GROUP BY d.session_code ORDER BY count(*) DESC, d.session_code LIMIT 1) AS session,
  (SELECT p.slug FROM member_terms t JOIN parties p ON p.id = t.party_id GROUP BY p.slug ORDER BY count(*) DESC, p.slug LIMIT 1) AS party`;
