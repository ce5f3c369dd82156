import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { ProblemError } from "#shared/http/problem";
import { qualified } from "#shared/db/columns";
import type { CivicDb } from "#shared/db/index";
import { members, memberIdentifiers, memberTerms } from "#shared/db/civic";

/**
 * How members are named in the API. A member carries many House ids: the ourcommons.ca PersonId
 * (`members.house_person_id`) when a source gives one, and one Hansard `Affiliation DbId` per
 * role (MP, parliamentary secretary, committee member…) in `member_identifiers`. Any of them
 * finds the member; the one we print as `id` is chosen the same way everywhere (below).
 */

/** Schemes whose values are House of Commons person ids. `parlinfo_id` is another numbering. */
const HOUSE_SCHEMES = sql`('house_person_id', 'hansard_affiliation')`;

/**
 * The member's public `id`: their PersonId, else a House id from `member_identifiers`, preferring
 * the `house_person_id` scheme, then the MP role (Affiliation Type 2), then the smallest. Null
 * for members known only from pre-Hansard sources, who are addressed by slug.
 */
export const memberHouseId = sql<number | null>`coalesce(${qualified(members.housePersonId)}, (
  select cast(mi.value as integer) from ${memberIdentifiers} mi
  where mi.member_id = ${qualified(members.id)} and mi.scheme in ${HOUSE_SCHEMES} and mi.value not glob '*[^0-9]*'
  order by mi.scheme = 'house_person_id' desc, mi.affiliation_type = 2 desc, cast(mi.value as integer)
  limit 1))`;

/** The term that describes a member now: the open one, else the latest. */
export const currentTerm = alias(memberTerms, "current_term");
export const isCurrentTermOfMember = sql`${qualified(currentTerm.id)} = (
  select t.id from ${memberTerms} t where t.member_id = ${qualified(members.id)}
  order by t.end_date is null desc, t.start_date desc, t.id desc limit 1)`;

/**
 * Finds a member by any id the API accepts, in this order: PersonId, a `house_person_id`
 * identifier, a Hansard `Affiliation DbId`, then the slug.
 */
export async function findMemberPk(db: CivicDb, id: string): Promise<number | undefined> {
  const numeric = /^\d+$/.test(id) ? Number(id) : null;
  const slug = id.toLowerCase();
  const row = await db.get<{ id: number } | undefined>(sql`
    select id from (
      select ${members.id} as id, 0 as rank from ${members} where ${members.housePersonId} = ${numeric}
      union all
      select member_id, 1 from ${memberIdentifiers} where scheme = 'house_person_id' and value = ${id}
      union all
      select member_id, 2 from ${memberIdentifiers} where scheme = 'hansard_affiliation' and value = ${id}
      union all
      select ${members.id}, 3 from ${members} where ${members.slug} = ${slug}
    ) order by rank limit 1`);
  return row?.id;
}

/** The member's primary key, or the 404 a caller should see. */
export async function requireMemberPk(db: CivicDb, id: string): Promise<number> {
  const pk = await findMemberPk(db, id);
  if (pk === undefined) throw new ProblemError(404, `No member with id ${id}.`);
  return pk;
}
