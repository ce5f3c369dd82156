import { slugify } from "../parsers/common-text";
import type { MergedDocument } from "../parsers/hansard-merge";

/**
 * Who the people in a Hansard publication are. The House tags each speaker and each ballot with
 * an `Affiliation DbId`, which identifies a person *in a role* (the same MP has one id as a
 * member and another as a parliamentary secretary), so ids are mapped to members through
 * `member_identifiers`, and a new id is joined to an existing member by printed full name before
 * a new member is created. Division lists print only surnames: a member first met there is
 * created under that surname and takes their full name when they are first heard speaking.
 */

const HONORIFICS =
  /^(?:the\s+)?(?:right\s+)?(?:(?:hon\.|honourable|l'hon\.|l’hon\.|très\s+hon\.)\s+)?(?:mr\.|mrs\.|ms\.|miss|dr\.|m\.|mme|mlle|hon\.)\s+/i;

/** `Mr. Mark Gerretsen` → `Mark Gerretsen`; null for roles and groups (`The Speaker`, `Some hon. members`). */
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

/** Every person the document names with a DbId, with the best name and context it gives. */
export function peopleOf(doc: MergedDocument): Map<number, Person> {
  const people = new Map<number, Person>();
  for (const s of doc.statements) {
    if (s.speakerDbId === null || s.speakerDbIdFrom !== "affiliation") continue;
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
      people.set(b.dbId, { dbId: b.dbId, affiliationType: 2, name: (m ? m[1]! : b.namePrinted).trim(), fullName: false, riding: m ? m[2]!.trim() : null, party: null });
    }
  }
  return people;
}

/**
 * Maps every DbId of the document to a member id, creating and completing members as needed.
 * Returns the map and how many members and identifiers it inserted or updated.
 */
export async function resolveMembers(db: D1Database, people: Map<number, Person>): Promise<{ ids: Map<number, number>; inserted: number; updated: number }> {
  const ids = new Map<number, number>();
  let inserted = 0;
  let updated = 0;
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
      // A member known only by a division-list surname takes the full name once heard speaking.
      if (person.fullName && !r.name.includes(" ") && person.name.toLowerCase().endsWith(r.name.toLowerCase())) {
        await rename(db, r.id, person.name);
        updated++;
      }
    }
  }

  const unknown = all.filter((p) => !ids.has(p.dbId));
  if (unknown.length === 0) return { ids, inserted, updated };
  const { results: members } = await db.prepare("SELECT id, name, slug FROM members").all<{ id: number; name: string; slug: string }>();
  const byName = new Map(members.map((m) => [normalise(m.name), m.id]));
  const slugs = new Set(members.map((m) => m.slug));
  // Full names first, so a surname-only ballot entry can still find the person by DbId later.
  unknown.sort((a, b) => Number(b.fullName) - Number(a.fullName));
  for (const person of unknown) {
    let memberId = person.fullName ? byName.get(normalise(person.name)) : undefined;
    if (memberId === undefined) {
      let slug = slugify(person.name) || `member-${person.dbId}`;
      if (slugs.has(slug)) slug = `${slug}-${person.dbId}`;
      slugs.add(slug);
      const [given, family] = splitName(person);
      const insert = (s: string) =>
        db
          .prepare("INSERT INTO members (slug, name, name_given, name_family, source) VALUES (?, ?, ?, ?, 'hansard') ON CONFLICT (slug) DO NOTHING RETURNING id")
          .bind(s, person.name, given, family)
          .first<{ id: number }>();
      let row = await insert(slug);
      if (row) inserted++;
      else {
        // Another document loading at the same time took the slug since it was read. The DbId
        // makes it this person's own; a member already under that one was made for this person
        // by that document, and the identifier check below settles which member keeps it.
        slug = `${slug}-${person.dbId}`;
        row = await insert(slug);
        if (row) inserted++;
        else row = await db.prepare("SELECT id FROM members WHERE slug = ?").bind(slug).first<{ id: number }>();
      }
      memberId = row!.id;
      if (person.fullName) byName.set(normalise(person.name), memberId);
    }
    await db
      .prepare(
        "INSERT INTO member_identifiers (member_id, scheme, value, affiliation_type, source) VALUES (?, 'hansard_affiliation', ?, ?, 'hansard') ON CONFLICT (scheme, value) DO NOTHING",
      )
      .bind(memberId, String(person.dbId), person.affiliationType)
      .run();
    // Another document loading at the same time may have claimed this id first: its member is
    // the member, and one made here for nothing is removed again.
    const owner = (await db
      .prepare("SELECT member_id FROM member_identifiers WHERE scheme = 'hansard_affiliation' AND value = ?")
      .bind(String(person.dbId))
      .first<{ member_id: number }>())!.member_id;
    if (owner !== memberId) {
      await db
        .prepare("DELETE FROM members WHERE id = ? AND source = 'hansard' AND NOT EXISTS (SELECT 1 FROM member_identifiers WHERE member_id = ?)")
        .bind(memberId, memberId)
        .run();
      memberId = owner;
    }
    ids.set(person.dbId, memberId);
    inserted++;
  }
  return { ids, inserted, updated };
}

function splitName(person: Person): [string | null, string | null] {
  if (!person.fullName) return [null, person.name];
  const at = person.name.indexOf(" ");
  return [person.name.slice(0, at), person.name.slice(at + 1)];
}

/** Gives a surname-only member their full name, and the slug it makes unless another member has it. */
async function rename(db: D1Database, memberId: number, name: string): Promise<void> {
  const at = name.indexOf(" ");
  const slug = slugify(name);
  await db
    .prepare(
      `UPDATE members SET name = ?, name_given = ?, name_family = ?,
         slug = CASE WHEN EXISTS (SELECT 1 FROM members WHERE slug = ? AND id != ?) THEN slug ELSE ? END,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id = ?`,
    )
    .bind(name, name.slice(0, at), name.slice(at + 1), slug, memberId, slug, memberId)
    .run();
}
