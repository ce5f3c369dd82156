import { slugify } from "../parsers/common-text";

/** The writes that change which member a person is, shared by the Hansard loader and the rosters' reconciliation. */

/**
 * Moves everything of member `from` (a surname-only row from a division list) to member `into`,
 * the same person under their full name, and removes `from`: identifiers, ballots, statements,
 * terms and sponsored bills. A ballot or term `into` already has for the same division or start
 * date is the same fact twice, and the copy goes.
 */
export function mergeMember(db: D1Database, from: number, into: number): D1PreparedStatement[] {
  return [
    db.prepare("UPDATE member_identifiers SET member_id = ? WHERE member_id = ?").bind(into, from),
    db.prepare("UPDATE OR IGNORE ballots SET member_id = ? WHERE member_id = ?").bind(into, from),
    db.prepare("DELETE FROM ballots WHERE member_id = ?").bind(from),
    db.prepare("UPDATE statements SET member_id = ? WHERE member_id = ?").bind(into, from),
    db.prepare("UPDATE OR IGNORE member_terms SET member_id = ? WHERE member_id = ?").bind(into, from),
    db.prepare("UPDATE bills SET sponsor_member_id = ? WHERE sponsor_member_id = ?").bind(into, from),
    db.prepare("UPDATE roster_seats SET member_id = ? WHERE member_id = ?").bind(into, from),
    db.prepare("DELETE FROM members WHERE id = ?").bind(from),
  ];
}

/** Gives a surname-only member their full name, and the slug it makes unless another member has it. */
export function renameMember(db: D1Database, memberId: number, given: string, family: string): D1PreparedStatement {
  const name = `${given} ${family}`;
  const slug = slugify(name);
  return db
    .prepare(
      `UPDATE members SET name = ?, name_given = ?, name_family = ?,
         slug = CASE WHEN EXISTS (SELECT 1 FROM members WHERE slug = ? AND id != ?) THEN slug ELSE ? END,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id = ?`,
    )
    .bind(name, given, family, slug, memberId, slug, memberId);
}
