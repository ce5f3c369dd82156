import { getTableName, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { ProblemError } from "#shared/http/problem";
import { qualified } from "#shared/db/columns";
import type { CivicDb } from "#shared/db/index";
import { members, memberTerms } from "#shared/db/civic";

/**
 * How members are named in the API. A member carries many House ids: the ourcommons.ca PersonId
 * (`members.house_person_id`) when a source gives one, and one Hansard `Affiliation DbId` per
 * role (MP, parliamentary secretary, committee member…) in `member_identifiers`. Any of them
 * finds the member; the one we print as `id` is chosen the same way everywhere (below).
 */

/**
 * The member's public `id`: their PersonId, else a House id from `member_identifiers` (the
 * ourcommons.ca person-id schemes; `parlinfo_id` is another numbering), preferring the
 * `house_person_id` scheme, then the MP role (Affiliation Type 2), then the smallest. Null for
 * members known only from pre-Hansard sources, who are addressed by slug. In plain SQL over the
 * `members` row named `member` (a table name or alias), for services that write SQL by hand;
 * `memberHouseId` is the same for drizzle queries.
 */
export const memberHouseIdOf = (member: string): string => `coalesce(${member}.house_person_id, (
    select cast(mi.value as integer) from member_identifiers mi
    where mi.member_id = ${member}.id and mi.scheme in ('house_person_id', 'hansard_affiliation') and mi.value not glob '*[^0-9]*'
    order by mi.scheme = 'house_person_id' desc, mi.affiliation_type = 2 desc, cast(mi.value as integer)
    limit 1))`;

/** `memberHouseIdOf` the outer query's `members` row, always qualified (see `qualified`). */
export const memberHouseId = sql<number | null>`${sql.raw(memberHouseIdOf(`"${getTableName(members)}"`))}`;

/** The term that describes a member now: the open one, else the latest. */
export const currentTerm = alias(memberTerms, "current_term");
export const isCurrentTermOfMember = sql`${qualified(currentTerm.id)} = (
  select t.id from ${memberTerms} t where t.member_id = ${qualified(members.id)}
  order by t.end_date is null desc, t.start_date desc, t.id desc limit 1)`;

/**
 * The primary key of the member any id the API accepts names, in this order: PersonId, a
 * `house_person_id` identifier, a Hansard `Affiliation DbId`, then the slug; NULL for none. Plain
 * SQL with four `?`, bound to `memberPkBinds(id)`.
 */
export const MEMBER_PK = `(select id from (
    select id, 0 as rank from members where house_person_id = ?
    union all select member_id, 1 from member_identifiers where scheme = 'house_person_id' and value = ?
    union all select member_id, 2 from member_identifiers where scheme = 'hansard_affiliation' and value = ?
    union all select id, 3 from members where slug = ?
  ) order by rank limit 1)`;

export const memberPkBinds = (id: string): [number | null, string, string, string] => [/^\d+$/.test(id) ? Number(id) : null, id, id, id.toLowerCase()];

/** Finds a member by any id the API accepts (`MEMBER_PK`). */
export async function findMemberPk(db: CivicDb, id: string): Promise<number | undefined> {
  const binds = memberPkBinds(id);
  // MEMBER_PK's `?`s become drizzle parameters, in order.
  const text = MEMBER_PK.split("?");
  const query = sql.join(text.flatMap((part, i) => (i < binds.length ? [sql.raw(part), sql`${binds[i]}`] : [sql.raw(part)])));
  const row = await db.get<{ id: number | null } | undefined>(sql`select ${query} as id`);
  return row?.id ?? undefined;
}

/** The member's primary key, or the 404 a caller should see. */
export async function requireMemberPk(db: CivicDb, id: string): Promise<number> {
  const pk = await findMemberPk(db, id);
  if (pk === undefined) throw new ProblemError(404, `No member with id ${id}.`);
  return pk;
}
