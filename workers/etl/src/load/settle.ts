/**
 * What a run settles once all its documents are in, where one document's rows depend on
 * another's: each ballot's party on its day, and the status of bills known only from the sittings.
 */

/**
 * A member's party on a day: the party of their term covering it (a term with no party, a seat
 * the rosters give without one, leaves it unknown). A term read from a speaker's label has no
 * end, so it speaks only for its own Parliament: the sitting that printed it must be of the
 * session's Parliament. A member no term covers that day has no party on it, never the party of
 * an earlier or later term.
 */
export function partyOnDay(member: string, date: string, session: string): string {
  return `(SELECT t.party_id FROM member_terms t
    WHERE t.member_id = ${member} AND t.start_date <= ${date} AND (t.end_date IS NULL OR t.end_date >= ${date})
      AND (t.source <> 'hansard' OR EXISTS (SELECT 1 FROM documents doc WHERE doc.date = t.start_date
        AND substr(doc.session_code, 1, instr(doc.session_code, '-')) = substr(${session}, 1, instr(${session}, '-'))))
    ORDER BY t.start_date DESC LIMIT 1)`;
}

/**
 * A ballot's party is the member's party on the division's day (`partyOnDay`). Terms come from
 * the rosters and every sitting's speaker labels, and documents load in any order, so once a run
 * has loaded them all every ballot's party is settled again with this same rule; a re-run then
 * finds nothing to change.
 */
export async function settleBallotParties(db: D1Database): Promise<void> {
  const party = partyOnDay("ballots.member_id", "d.date", "d.session_code");
  await db
    .prepare(
      `UPDATE ballots SET party_id = (SELECT ${party} FROM divisions d WHERE d.id = ballots.division_id)
       WHERE party_id IS NOT (SELECT ${party} FROM divisions d WHERE d.id = ballots.division_id)`,
    )
    .run();
}

/** Stages in the order a bill passes them, for telling the latest of two on the same day. */
const STAGE_RANK = `CASE stage WHEN 'first_reading' THEN 1 WHEN 'second_reading' THEN 2 WHEN 'committee' THEN 3 WHEN 'report' THEN 4
  WHEN 'third_reading' THEN 5 WHEN 'senate_amendments' THEN 6 WHEN 'royal_assent' THEN 7 ELSE 0 END`;

/**
 * A bill known only from the Hansard takes its status from the latest stage the sittings show.
 * Bills LEGISinfo has loaded keep LEGISinfo's status.
 */
export async function settleBillStatus(db: D1Database): Promise<void> {
  const latest = (column: string) => `(SELECT ${column} FROM bill_stage_events e WHERE e.bill_id = bills.id ORDER BY e.date DESC, ${STAGE_RANK} DESC LIMIT 1)`;
  await db
    .prepare(
      `UPDATE bills SET status = ${latest("stage")}, status_chamber = ${latest("chamber")}, status_date = ${latest("date")}
       WHERE source = 'hansard' AND (status IS NOT ${latest("stage")} OR status_date IS NOT ${latest("date")})`,
    )
    .run();
}
