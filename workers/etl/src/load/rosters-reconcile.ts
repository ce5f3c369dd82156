import { addDays, slugify } from "../parsers/common-text";
import { mergeMember, renameMember } from "./member-writes";
import { partyIdsByRosterName } from "./rosters-parties";
import { ridingOnDate, type RidingRow } from "./rosters-ridings";

/**
 * Members and their terms from every roster at once, once a roster run is in: which seats are one
 * person, which member that person is, and the terms their seats make. Run as a whole after each
 * run (and again whatever order the documents came in), it ends in the same rows.
 *
 * A person is the House person id where a roster gives one (the member search page, Parlinfo's
 * profile links), else Parlinfo's id; a seat from the members export, which has neither, is the
 * person of that name and riding (or, failing that, of that name alone or that surname in that
 * riding) when exactly one is known. A person is then the member with their person id, with
 * their Parlinfo id (openparliament's politicians), of their full name, or of their surname in a
 * riding they held; when more than one member fits, nothing is guessed: the seats stay without a
 * member and the quality report lists them with the candidates.
 */

export interface SeatRow {
  id: number;
  roster: string;
  entry: string;
  house_person_id: number | null;
  parlinfo_id: string | null;
  name_given: string;
  name_family: string;
  riding: string | null;
  party: string | null;
  start_date: string | null;
  end_date: string | null;
  member_id: number | null;
}

interface MemberRow {
  id: number;
  slug: string;
  name: string;
  name_family: string | null;
  house_person_id: number | null;
}

export interface Person {
  key: string;
  personId: number | null;
  parlinfoId: string | null;
  given: string;
  family: string;
  seats: SeatRow[];
}

const norm = (s: string | null | undefined) => slugify(s ?? "");

/** Groups the seats into people (see above); seats of an export that match no one or several become their own person. */
export function peopleOfSeats(seats: SeatRow[]): Person[] {
  const people = new Map<string, Person>();
  const add = (key: string, seat: SeatRow) => {
    const person = people.get(key) ?? { key, personId: null, parlinfoId: null, given: seat.name_given, family: seat.name_family, seats: [] };
    person.personId ??= seat.house_person_id;
    person.parlinfoId ??= seat.parlinfo_id;
    // The member search page names people as the House does today; prefer its spelling.
    if (seat.start_date === null) [person.given, person.family] = [seat.name_given, seat.name_family];
    person.seats.push(seat);
    people.set(key, person);
  };
  const byParlinfo = new Map<string, string>();
  for (const s of seats) if (s.house_person_id !== null && s.parlinfo_id) byParlinfo.set(s.parlinfo_id, `person:${s.house_person_id}`);
  const anonymous: SeatRow[] = [];
  for (const s of seats) {
    if (s.house_person_id !== null) add(`person:${s.house_person_id}`, s);
    else if (s.parlinfo_id) add(byParlinfo.get(s.parlinfo_id) ?? `parlinfo:${s.parlinfo_id}`, s);
    else anonymous.push(s);
  }
  const identified = [...people.values()];
  const index = (keyOf: (p: Person, s: SeatRow) => string) => {
    const map = new Map<string, Set<Person>>();
    for (const p of identified) for (const s of p.seats) map.set(keyOf(p, s), (map.get(keyOf(p, s)) ?? new Set()).add(p));
    return map;
  };
  const byNameRiding = index((_, s) => `${norm(s.name_family)}|${norm(s.name_given)}|${norm(s.riding)}`);
  const byName = index((_, s) => `${norm(s.name_family)}|${norm(s.name_given)}`);
  const bySurnameRiding = index((_, s) => `${norm(s.name_family)}|${norm(s.riding)}`);
  for (const s of anonymous) {
    const found =
      only(byNameRiding.get(`${norm(s.name_family)}|${norm(s.name_given)}|${norm(s.riding)}`)) ??
      only(byName.get(`${norm(s.name_family)}|${norm(s.name_given)}`)) ??
      only(bySurnameRiding.get(`${norm(s.name_family)}|${norm(s.riding)}`));
    add(found?.key ?? `name:${norm(s.name_family)}|${norm(s.name_given)}`, s);
  }
  return [...people.values()].sort((a, b) => a.key.localeCompare(b.key));
}

const only = <T>(set: Set<T> | undefined): T | undefined => (set?.size === 1 ? [...set][0] : undefined);

/**
 * General elections: a day on which at least this many seats begin. A general election ends every
 * seat, so a roster's seat still held on the roster's day (no end) ended by the next one at the
 * latest, and a member absent from the next Parliament's roster is not counted as sitting in it.
 */
const GENERAL_ELECTION_SEATS = 100;

export function generalElections(seats: SeatRow[]): string[] {
  const starts = new Map<string, number>();
  for (const s of seats) if (s.start_date) starts.set(s.start_date, (starts.get(s.start_date) ?? 0) + 1);
  return [...starts]
    .filter(([, n]) => n >= GENERAL_ELECTION_SEATS)
    .map(([day]) => day)
    .sort();
}

/**
 * A person's terms: their dated seats in order. A seat the roster gives no end ends the day before
 * the person's next seat begins, or before the next general election, whichever comes first.
 */
export function termsOfPerson(person: Person, elections: string[]): SeatRow[] {
  const byStart = new Map<string, SeatRow>();
  for (const s of [...person.seats].sort((a, b) => a.roster.localeCompare(b.roster))) {
    if (s.start_date && !byStart.has(s.start_date)) byStart.set(s.start_date, s);
  }
  const dated = [...byStart.values()].sort((a, b) => a.start_date!.localeCompare(b.start_date!));
  return dated.map((s, i) => {
    const next = dated[i + 1];
    const election = elections.find((day) => day > s.start_date!);
    const limits = [next?.start_date, election].filter((d): d is string => d !== undefined).sort();
    const latest = limits.length > 0 ? addDays(limits[0]!, -1) : null;
    const end = s.end_date === null ? latest : latest !== null && s.end_date > latest ? latest : s.end_date;
    return { ...s, end_date: end };
  });
}

export async function reconcileRosters(db: D1Database): Promise<void> {
  const seats = (await db.prepare("SELECT * FROM roster_seats ORDER BY roster, entry").all<SeatRow>()).results;
  if (seats.length === 0) return;
  const people = peopleOfSeats(seats);
  const members = await membersToMatch(db);
  const chosen = chooseMembers(people, members);

  // Phase 1: members for people who have none, person ids and Parlinfo ids on those who do.
  const slugs = new Set(members.all.map((m) => m.slug));
  const writes: D1PreparedStatement[] = [];
  for (const person of people) {
    const choice = chosen.get(person.key)!;
    const name = `${person.given} ${person.family}`;
    if (choice.kind === "member") {
      const member = members.byId.get(choice.id)!;
      if (person.personId !== null && member.house_person_id !== person.personId) {
        writes.push(
          db
            .prepare("UPDATE members SET house_person_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
            .bind(person.personId, member.id),
        );
      }
      // A member known by surname alone (from a division list) takes the roster's full name.
      if (!member.name.includes(" ")) writes.push(renameStatement(db, member.id, person, slugs));
    } else if (choice.kind === "new") {
      const base = slugify(name) || `member-${person.personId ?? "unnamed"}`;
      let slug = slugs.has(base) ? `${base}-${person.personId ?? person.family.length}` : base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      writes.push(
        db
          .prepare("INSERT INTO members (slug, house_person_id, name, name_given, name_family, source) VALUES (?, ?, ?, ?, ?, 'roster')")
          .bind(slug, person.personId, name, person.given, person.family),
      );
      choice.slug = slug;
    }
  }
  for (const person of people) {
    const choice = chosen.get(person.key)!;
    const member = choice.kind === "member" ? "?" : choice.kind === "new" ? "(SELECT id FROM members WHERE slug = ?)" : "NULL";
    const arg = choice.kind === "member" ? [choice.id] : choice.kind === "new" ? [choice.slug!] : [];
    const ids = JSON.stringify(person.seats.map((s) => s.id));
    writes.push(
      db
        .prepare(`UPDATE roster_seats SET member_id = ${member} WHERE id IN (SELECT value FROM json_each(?)) AND member_id IS NOT ${member}`)
        .bind(...arg, ids, ...arg),
    );
    if (person.parlinfoId && choice.kind !== "ambiguous") {
      writes.push(
        db
          .prepare(
            `INSERT INTO member_identifiers (member_id, scheme, value, source) VALUES (${member}, 'parlinfo_id', ?, 'roster') ON CONFLICT (scheme, value) DO NOTHING`,
          )
          .bind(...arg, person.parlinfoId),
      );
    }
  }
  await db.batch(writes);

  // Phase 2: every person's terms, then the surname-only members those terms identify.
  await writeTerms(db, people, generalElections(seats));
  await mergeSurnameMembers(db);
}

type Choice = { kind: "member"; id: number } | { kind: "new"; slug?: string } | { kind: "ambiguous"; candidates: number[] };

async function membersToMatch(db: D1Database) {
  const all = (await db.prepare("SELECT id, slug, name, name_family, house_person_id FROM members ORDER BY id").all<MemberRow>()).results;
  const parlinfo = (
    await db.prepare("SELECT value, member_id FROM member_identifiers WHERE scheme = 'parlinfo_id'").all<{ value: string; member_id: number }>()
  ).results;
  const ridings = (
    await db
      .prepare("SELECT DISTINCT t.member_id, r.name_en FROM member_terms t JOIN ridings r ON r.id = t.riding_id WHERE t.source = 'hansard'")
      .all<{ member_id: number; name_en: string }>()
  ).results;
  const ridingsOf = new Map<number, Set<string>>();
  for (const r of ridings) ridingsOf.set(r.member_id, (ridingsOf.get(r.member_id) ?? new Set()).add(norm(r.name_en)));
  return {
    all,
    byId: new Map(all.map((m) => [m.id, m])),
    byPersonId: new Map(all.filter((m) => m.house_person_id !== null).map((m) => [m.house_person_id!, m.id])),
    byParlinfo: new Map(parlinfo.map((p) => [p.value.toLowerCase(), p.member_id])),
    ridingsOf,
  };
}

/** Which member each person is (see the module's comment), in key order so the outcome never depends on load order. */
function chooseMembers(people: Person[], members: Awaited<ReturnType<typeof membersToMatch>>): Map<string, Choice> {
  const chosen = new Map<string, Choice>();
  const claimed = new Set<number>();
  const free = (m: MemberRow, person: Person) => !claimed.has(m.id) && (m.house_person_id === null || m.house_person_id === person.personId);
  // Ids first: they are certain, and claim their members before any name match is tried.
  for (const person of people) {
    const id =
      (person.personId !== null ? members.byPersonId.get(person.personId) : undefined) ??
      (person.parlinfoId ? members.byParlinfo.get(person.parlinfoId) : undefined);
    if (id !== undefined && !claimed.has(id)) {
      chosen.set(person.key, { kind: "member", id });
      claimed.add(id);
    }
  }
  for (const person of people) {
    if (chosen.has(person.key)) continue;
    // Every spelling the rosters give (`Marc G. Serré` on the search page, `Marc Serré` in the export).
    const names = new Set(person.seats.map((s) => norm(`${s.name_given} ${s.name_family}`)));
    const ridings = new Set(person.seats.map((s) => norm(s.riding)));
    const byName = members.all.filter((m) => free(m, person) && names.has(norm(m.name)));
    const bySurnameRiding = members.all.filter(
      (m) =>
        free(m, person) &&
        m.name.includes(" ") &&
        norm(m.name_family) === norm(person.family) &&
        [...(members.ridingsOf.get(m.id) ?? [])].some((r) => ridings.has(r)),
    );
    const candidates = byName.length > 0 ? byName : bySurnameRiding;
    if (candidates.length === 1) {
      chosen.set(person.key, { kind: "member", id: candidates[0]!.id });
      claimed.add(candidates[0]!.id);
    } else if (candidates.length > 1) {
      chosen.set(person.key, { kind: "ambiguous", candidates: candidates.map((m) => m.id) });
    } else {
      chosen.set(person.key, { kind: "new" });
    }
  }
  return chosen;
}

/** Renames a member to the person's full name; its slug is claimed here, so no member this batch creates takes it. */
function renameStatement(db: D1Database, memberId: number, person: Person, slugs: Set<string>): D1PreparedStatement {
  slugs.add(slugify(`${person.given} ${person.family}`));
  return renameMember(db, memberId, person.given, person.family);
}

/**
 * A member known only by a division-list surname whose every ballot falls on a day when exactly
 * one member of that surname (in the printed riding, when the list printed one) held a term is
 * that member, and is merged into them. Terms, not the seats as stated: a seat a roster leaves
 * open ends at the next general election, as the terms say, so it identifies no one after it.
 * Run after the terms are written and after every Hansard load, so a first load ends where any
 * later load would.
 */
export async function mergeSurnameMembers(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      `SELECT b.member_id AS surname_member, d.date, b.name_printed, t.member_id AS candidate, r.name_en AS riding
       FROM ballots b JOIN divisions d ON d.id = b.division_id JOIN members m ON m.id = b.member_id
       LEFT JOIN member_terms t ON t.member_id <> m.id AND t.start_date <= d.date AND (t.end_date IS NULL OR t.end_date >= d.date)
         AND t.member_id IN (SELECT c.id FROM members c WHERE lower(c.name_family) = lower(m.name))
       LEFT JOIN ridings r ON r.id = t.riding_id
       WHERE instr(m.name, ' ') = 0`,
    )
    .all<{ surname_member: number; date: string; name_printed: string | null; candidate: number | null; riding: string | null }>();
  const verdicts = new Map<number, Set<number | null>>();
  const byBallot = Map.groupBy(results, (r) => `${r.surname_member}|${r.date}|${r.name_printed}`);
  for (const rows of byBallot.values()) {
    const printedRiding = rows[0]!.name_printed?.match(/\((.+)\)\s*$/)?.[1];
    const fits = new Set(rows.filter((r) => r.candidate !== null && (!printedRiding || norm(r.riding) === norm(printedRiding))).map((r) => r.candidate!));
    const verdict = verdicts.get(rows[0]!.surname_member) ?? new Set();
    verdict.add(fits.size === 1 ? [...fits][0]! : null);
    verdicts.set(rows[0]!.surname_member, verdict);
  }
  const merges: D1PreparedStatement[] = [];
  for (const [from, verdict] of verdicts) {
    const into = verdict.size === 1 ? [...verdict][0] : null;
    if (into != null) merges.push(...mergeMember(db, from, into));
  }
  if (merges.length > 0) await db.batch(merges);
}

interface TermRow {
  id: number;
  member_id: number;
  party_id: number | null;
  riding_id: number | null;
  start_date: string;
  end_date: string | null;
  source: string;
}

/**
 * Each reconciled person's terms from their seats. A roster term replaces a term read from a
 * Hansard speaker label that starts within it (the roster states the whole stretch; the label one
 * day of it); terms from openparliament's fixtures, which the rosters do not replace, are kept.
 */
async function writeTerms(db: D1Database, people: Person[], elections: string[]): Promise<void> {
  const parties = await partyIdsByRosterName(
    db,
    people.flatMap((p) => p.seats.map((s) => s.party)),
  );
  const ridings = (await db.prepare("SELECT id, name_en, valid_from, valid_through, current, representation_order FROM ridings").all<RidingRow>()).results;
  const seats = (await db.prepare("SELECT id, member_id FROM roster_seats WHERE member_id IS NOT NULL").all<{ id: number; member_id: number }>()).results;
  const memberOfSeat = new Map(seats.map((s) => [s.id, s.member_id]));
  const existing = Map.groupBy(
    (await db.prepare("SELECT id, member_id, party_id, riding_id, start_date, end_date, source FROM member_terms").all<TermRow>()).results,
    (t) => t.member_id,
  );
  const writes: D1PreparedStatement[] = [];
  const done = new Set<number>();
  for (const person of people) {
    const memberId = person.seats.map((s) => memberOfSeat.get(s.id)).find((id) => id !== undefined);
    if (memberId === undefined || done.has(memberId)) continue;
    done.add(memberId);
    const terms = termsOfPerson(person, elections).map((s) => ({
      start: s.start_date!,
      end: s.end_date,
      party: s.party ? (parties.get(s.party) ?? null) : null,
      riding: ridingOnDate(ridings, s.riding, s.start_date!),
    }));
    const own = existing.get(memberId) ?? [];
    const covered = (date: string) => terms.some((t) => t.start <= date && (t.end === null || t.end >= date));
    for (const t of own) {
      const stale =
        (t.source === "roster" && !terms.some((x) => x.start === t.start_date)) ||
        (t.source === "hansard" && covered(t.start_date) && !terms.some((x) => x.start === t.start_date));
      if (stale) writes.push(db.prepare("DELETE FROM member_terms WHERE id = ?").bind(t.id));
    }
    for (const t of terms) {
      const same = own.find((x) => x.start_date === t.start);
      if (same && same.source !== "roster" && same.source !== "hansard") continue;
      if (same && same.source === "roster" && same.party_id === t.party && same.riding_id === t.riding && same.end_date === t.end) continue;
      writes.push(
        same
          ? db
              .prepare(
                "UPDATE member_terms SET party_id = ?, riding_id = ?, end_date = ?, source = 'roster', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
              )
              .bind(t.party, t.riding, t.end, same.id)
          : db
              .prepare("INSERT INTO member_terms (member_id, party_id, riding_id, start_date, end_date, source) VALUES (?, ?, ?, ?, ?, 'roster')")
              .bind(memberId, t.party, t.riding, t.start, t.end),
      );
    }
  }
  if (writes.length > 0) await db.batch(writes);
}
