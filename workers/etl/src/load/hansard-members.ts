import { slugify } from "../parsers/common-text";
import type { MergedDocument } from "../parsers/hansard-merge";
import { INSERTED_ONE, UPDATED_ONE, type DocumentBatch } from "./batch";
import { mergeMember, renameMember } from "./member-writes";
import { sql, type Cell } from "./upsert";

/**
 * Who the people in a Hansard publication are. The House tags each speaker and each ballot with
 * an `Affiliation DbId`, which identifies a person *in a role* (the same MP has one id as a
 * member and another as a parliamentary secretary), so ids are mapped to members through
 * `member_identifiers`, and a new id is joined to an existing member by printed full name before
 * a new member is created. The rosters come first: a new id is the member the rosters seat on
 * the sitting's day under that full name, or under that surname (in that riding, where the list
 * or the speaker's label prints one), when exactly one fits. Division lists print only surnames:
 * a member the rosters cannot name is created under that surname and takes their full name when
 * they are first heard speaking.
 */

/**
 * What may stand before a member's name: `Mr.`, `Hon.`, `Right Hon.`, `The Hon. Mr.`, and in French
 * `M.`, `Mme`, `L'hon.`, `Le très hon.` (a minister in a French-only sitting is printed with no
 * other title).
 */
const HONORIFICS =
  /^(?:the\s+|le\s+)?(?:right\s+|très\s+)?(?:(?:hon\.|honourable|l['’]hon\.)\s+)?(?:mr\.|mrs\.|ms\.|miss|dr\.|m\.|mme|mlle|hon\.|l['’]hon\.)\s+/iu;

/** `Mr. Mark Gerretsen`, `L'hon. Jason Kenney` → the name; null for roles and groups (`The Speaker`, `Some hon. members`). */
export function personName(printed: string | null): string | null {
  if (!printed) return null;
  const name = printed.replace(/\s+/g, " ").trim();
  if (!HONORIFICS.test(name)) return null;
  const bare = name.replace(HONORIFICS, "").trim();
  return bare.includes(" ") ? bare : null;
}

const normalise = (name: string) => slugify(name);

/** `Kingston and the Islands, Lib.` → riding and party abbreviation; roles give neither. */
export function readContext(context: string | null): { riding: string | null; party: string | null } {
  if (!context) return { riding: null, party: null };
  const at = context.lastIndexOf(",");
  if (at < 0) return { riding: null, party: null };
  const party = context.slice(at + 1).trim();
  if (!/^(?:Lib\.?|CPC|PCC|NDP|NPD|BQ|GP|PV|Ind\.?|Indépendant|Independent)$/i.test(party)) return { riding: null, party: null };
  return { riding: context.slice(0, at).trim(), party };
}

export interface Person {
  dbId: number;
  affiliationType: number | null;
  /** Full name when a statement printed one; else the surname from a division list. */
  name: string;
  fullName: boolean;
  riding: string | null;
  party: string | null;
}

/** Affiliation Type of a committee witness: a person heard, never a member. */
const WITNESS = 28;

/** Every member the document names with a DbId, with the best name and context it gives; witnesses are not members. */
export function peopleOf(doc: MergedDocument): Map<number, Person> {
  const people = new Map<number, Person>();
  for (const s of doc.statements) {
    if (s.speakerDbId === null || s.speakerDbIdFrom !== "affiliation" || s.speakerAffiliationType === WITNESS) continue;
    const name = personName(s.speakerNameEn ?? s.speakerNameFr);
    if (!name) continue;
    const context = readContext(s.speakerContextEn ?? s.speakerContextFr);
    const known = people.get(s.speakerDbId);
    if (!known || (!known.riding && context.riding)) {
      people.set(s.speakerDbId, { dbId: s.speakerDbId, affiliationType: s.speakerAffiliationType, name, fullName: true, ...context });
    }
  }
  for (const d of doc.divisions) {
    for (const b of d.ballots) {
      if (b.dbId === null || people.has(b.dbId)) continue;
      // `Sidhu (Brampton East)`: the riding is printed only to tell namesakes apart.
      const m = b.namePrinted.match(/^(.*?)\s*\((.+)\)\s*$/);
      people.set(b.dbId, {
        dbId: b.dbId,
        affiliationType: 2,
        name: (m ? m[1]! : b.namePrinted).trim(),
        fullName: false,
        riding: m ? m[2]!.trim() : null,
        party: null,
      });
    }
  }
  return people;
}

/**
 * Maps every DbId of the document to a member: the id of one already known, or, for a member this
 * document creates, an expression finding it by slug when the batch runs. Members' creation,
 * completion and new identifiers go into the document's batch.
 */
export async function resolveMembers(db: D1Database, batch: DocumentBatch, people: Map<number, Person>, seated: Seated[]): Promise<Map<number, Cell>> {
  const ids = new Map<number, Cell>();
  const renamedTo: string[] = [];
  const merged = new Map<number, number>();
  const renamedIds = new Map<string, number>();
  let everyone: { id: number; name: string; slug: string }[] | undefined;
  const allMembers = async () =>
    (everyone ??= (await db.prepare("SELECT id, name, slug FROM members ORDER BY id").all<{ id: number; name: string; slug: string }>()).results);
  const all = [...people.values()];
  // Known ids first, in chunks within D1's 100 bound parameters.
  for (let i = 0; i < all.length; i += 90) {
    const part = all.slice(i, i + 90);
    const { results } = await db
      .prepare(
        `SELECT i.value AS db_id, m.id, m.name, m.source FROM member_identifiers i JOIN members m ON m.id = i.member_id
         WHERE i.scheme = 'hansard_affiliation' AND i.value IN (${part.map(() => "?").join(", ")})`,
      )
      .bind(...part.map((p) => String(p.dbId)))
      .all<{ db_id: string; id: number; name: string; source: string }>();
    for (const r of results) {
      ids.set(Number(r.db_id), r.id);
      const person = people.get(Number(r.db_id))!;
      // A member known only by a division-list surname is identified once heard speaking: merged
      // into the member of that full name when there is one (whichever sitting loaded first, one
      // person is one member), else given the full name.
      if (!merged.has(r.id) && person.fullName && !r.name.includes(" ") && person.name.toLowerCase().endsWith(r.name.toLowerCase())) {
        const same = (await allMembers()).find((m) => m.id !== r.id && normalise(m.name) === normalise(person.name));
        if (same) {
          batch.write(mergeMember(db, r.id, same.id), UPDATED_ONE);
          merged.set(r.id, same.id);
        } else {
          const at = person.name.indexOf(" ");
          batch.write(renameMember(db, r.id, person.name.slice(0, at), person.name.slice(at + 1)), UPDATED_ONE);
          renamedTo.push(slugify(person.name));
          renamedIds.set(normalise(person.name), r.id);
        }
      }
    }
  }
  // Every DbId of a merged member, this one's included, follows it.
  for (const [dbId, id] of ids) if (typeof id === "number" && merged.has(id)) ids.set(dbId, merged.get(id)!);

  const unknown = all.filter((p) => !ids.has(p.dbId));
  if (unknown.length === 0) return ids;
  const members = (await allMembers()).filter((m) => !merged.has(m.id));
  // The first member of a name (the longest known) is the one a new id of that name joins.
  const byName = new Map<string, Cell>(renamedIds);
  for (const m of members) if (!byName.has(normalise(m.name))) byName.set(normalise(m.name), m.id);
  // A renamed member may take its new slug in this same batch, so a new member does not.
  const slugs = new Set([...members.map((m) => m.slug), ...renamedTo]);
  // Full names first, so a surname-only ballot entry can still find the person by DbId later.
  unknown.sort((a, b) => Number(b.fullName) - Number(a.fullName));
  for (const person of unknown) {
    let memberId: Cell | undefined = rosterMember(seated, person) ?? (person.fullName ? byName.get(normalise(person.name)) : undefined);
    if (memberId === undefined) {
      const base = slugify(person.name) || `member-${person.dbId}`;
      let slug = slugs.has(base) ? `${base}-${person.dbId}` : base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${person.dbId}-${n}`;
      slugs.add(slug);
      const [given, family] = splitName(person);
      // No ON CONFLICT: were the slug taken after it was read, the whole batch fails and the job is redelivered.
      batch.write(
        db.prepare("INSERT INTO members (slug, name, name_given, name_family, source) VALUES (?, ?, ?, ?, 'hansard')").bind(slug, person.name, given, family),
        INSERTED_ONE,
      );
      memberId = sql("(SELECT id FROM members WHERE slug = ?)", slug);
      if (person.fullName) byName.set(normalise(person.name), memberId);
    }
    batch.write(
      batch.prepare(
        "INSERT INTO member_identifiers (member_id, scheme, value, affiliation_type, source) VALUES (?, 'hansard_affiliation', ?, ?, 'hansard')",
        memberId,
        String(person.dbId),
        person.affiliationType,
      ),
      INSERTED_ONE,
    );
    ids.set(person.dbId, memberId);
  }
  return ids;
}

/** The ids of the members `ids` names, once the batch that creates the new ones has run: what change events carry. */
export async function memberIdsAfter(db: D1Database, ids: Map<number, Cell>): Promise<Map<number, number>> {
  const settled = new Map<number, number>();
  const created: number[] = [];
  for (const [dbId, id] of ids) {
    if (typeof id === "number") settled.set(dbId, id);
    else created.push(dbId);
  }
  for (let i = 0; i < created.length; i += 90) {
    const part = created.slice(i, i + 90);
    const { results } = await db
      .prepare(`SELECT value, member_id FROM member_identifiers WHERE scheme = 'hansard_affiliation' AND value IN (${part.map(() => "?").join(", ")})`)
      .bind(...part.map(String))
      .all<{ value: string; member_id: number }>();
    for (const r of results) settled.set(Number(r.value), r.member_id);
  }
  return settled;
}

function splitName(person: Person): [string | null, string | null] {
  if (!person.fullName) return [null, person.name];
  const at = person.name.indexOf(" ");
  return [person.name.slice(0, at), person.name.slice(at + 1)];
}

export interface Seated {
  memberId: number;
  name: string;
  family: string;
  riding: string | null;
}

/** The members the rosters seat on a day, with the riding each held. */
export async function seatedOn(db: D1Database, date: string): Promise<Seated[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT rs.member_id, m.name, rs.name_family, rs.riding FROM roster_seats rs JOIN members m ON m.id = rs.member_id
       JOIN member_terms t ON t.member_id = rs.member_id AND t.source = 'roster' AND t.start_date = rs.start_date
       WHERE t.start_date <= ?1 AND (t.end_date IS NULL OR t.end_date >= ?1)`,
    )
    .bind(date)
    .all<{ member_id: number; name: string; name_family: string; riding: string | null }>();
  return results.map((r) => ({
    memberId: r.member_id,
    name: normalise(r.name),
    family: normalise(r.name_family),
    riding: r.riding ? normalise(r.riding) : null,
  }));
}

/**
 * The one member the rosters seat that day who fits what the document prints: the full name, or
 * the surname (the last words of a full name) in the printed riding, or the surname alone. A
 * name spelled otherwise than in the rosters (`Thomas Mulcair`, `Thomas J. Mulcair`) is found by
 * its surname.
 */
export function rosterMember(seated: Seated[], person: Pick<Person, "name" | "fullName" | "riding">): number | undefined {
  const name = normalise(person.name);
  // A minister's label puts the office where a riding would be (`Minister of Finance, Lib.`): only a riding someone holds counts.
  const printed = person.riding ? normalise(person.riding) : null;
  const riding = printed && seated.some((s) => s.riding === printed) ? printed : null;
  const one = (fits: Seated[]) => {
    const ids = new Set(fits.map((s) => s.memberId));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  if (person.fullName) {
    const byName = one(seated.filter((s) => s.name === name));
    if (byName !== undefined) return byName;
    const bySurname = seated.filter((s) => name.endsWith(`-${s.family}`));
    return one(riding ? bySurname.filter((s) => s.riding === riding) : []) ?? (riding ? undefined : one(bySurname));
  }
  const bySurname = seated.filter((s) => s.family === name);
  return riding ? one(bySurname.filter((s) => s.riding === riding)) : one(bySurname);
}
