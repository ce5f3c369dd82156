/**
 * Members as the API names them, in SQL: the same choices as the parliament service makes (its
 * members-sql.ts), written here as plain SQL fragments for the search queries.
 */

/** The public `id` of member `m`: their PersonId, else a House id (the House-person scheme, then the MP role, then the smallest). */
export const MEMBER_HOUSE_ID = `coalesce(m.house_person_id, (
    SELECT cast(mi.value AS integer) FROM member_identifiers mi
    WHERE mi.member_id = m.id AND mi.scheme IN ('house_person_id', 'hansard_affiliation') AND mi.value NOT GLOB '*[^0-9]*'
    ORDER BY mi.scheme = 'house_person_id' DESC, mi.affiliation_type = 2 DESC, cast(mi.value AS integer) LIMIT 1))`;

/** The primary key of the member any accepted id names (PersonId, House id, Hansard DbId, slug); NULL for none. Binds: `memberPkBinds`. */
export const MEMBER_PK = `(SELECT id FROM (
    SELECT id, 0 AS rank FROM members WHERE house_person_id = ?
    UNION ALL SELECT member_id, 1 FROM member_identifiers WHERE scheme = 'house_person_id' AND value = ?
    UNION ALL SELECT member_id, 2 FROM member_identifiers WHERE scheme = 'hansard_affiliation' AND value = ?
    UNION ALL SELECT id, 3 FROM members WHERE slug = ?
  ) ORDER BY rank LIMIT 1)`;

export const memberPkBinds = (member: string): (string | number | null)[] => [
  /^\d+$/.test(member) ? Number(member) : null,
  member,
  member,
  member.toLowerCase(),
];
