import type { DomainEvent } from "#shared/queues/messages";
import { slugify } from "../parsers/common-text";
import { HansardParseError, parseHansard, type HansardDocument } from "../parsers/hansard";
import { mergePublications, type MergedDocument } from "../parsers/hansard-merge";
import { peopleOf, readContext, resolveMembers } from "./hansard-members";
import { HANSARD_PARTY_ABBREVIATIONS } from "./openparliament";
import { idMap, result } from "./rows";
import type { Loader, LoadResult } from "./types";
import { addCounts, keyString, upsert, type Row, type TableSpec, type UpsertCounts } from "./upsert";

const SOURCE = "hansard";

const STATEMENTS: TableSpec = {
  table: "statements",
  columns: [
    "document_id",
    "sequence",
    "date",
    "source_id",
    "member_id",
    "speaker_db_id",
    "speaker_affiliation_type",
    "speaker_name_en",
    "speaker_name_fr",
    "speaker_context_en",
    "speaker_context_fr",
    "heading_en",
    "heading_fr",
    "subheading_en",
    "subheading_fr",
    "time",
    "intervention_type",
    "floor_language",
    "text_en",
    "text_fr",
    "procedural",
    "word_count",
    "source",
  ],
  key: ["document_id", "sequence"],
  touchesUpdatedAt: true,
};

const DIVISIONS: TableSpec = {
  table: "divisions",
  columns: [
    "session_code",
    "number",
    "date",
    "document_id",
    "source_id",
    "description_en",
    "description_fr",
    "result",
    "yea_total",
    "nay_total",
    "paired_total",
    "bill_id",
    "source",
  ],
  key: ["session_code", "number"],
  touchesUpdatedAt: true,
};

const BALLOTS: TableSpec = {
  table: "ballots",
  columns: ["division_id", "member_id", "ballot", "party_id", "speaker_db_id", "name_printed"],
  key: ["division_id", "member_id"],
};

/**
 * Bills the Hansard mentions or debates: created if new, and completed with the titles and kind
 * the sitting prints, but never overwriting what LEGISinfo (the authority) says about them.
 */
const MENTIONED_BILLS: TableSpec = {
  table: "bills",
  columns: [
    "session_code",
    "number",
    "number_only",
    "originating_chamber",
    "legisinfo_id",
    "short_title_en",
    "short_title_fr",
    "long_title_en",
    "long_title_fr",
    "private_member",
    "source",
  ],
  key: ["session_code", "number"],
  updateColumns: [],
  fillColumns: ["legisinfo_id", "short_title_en", "short_title_fr", "long_title_en", "long_title_fr", "private_member"],
};

/** A stage the House took a bill through on this sitting's day. */
const STAGE_EVENTS: TableSpec = {
  table: "bill_stage_events",
  columns: ["bill_id", "chamber", "stage", "date", "description_en", "description_fr", "document_id", "source"],
  key: ["bill_id", "chamber", "stage", "date"],
  fillColumns: ["description_en", "description_fr", "document_id"],
  updateColumns: [],
};

const STATEMENT_BILLS: TableSpec = { table: "statement_bills", columns: ["statement_id", "bill_id"], key: ["statement_id", "bill_id"] };

const TERMS: TableSpec = {
  table: "member_terms",
  columns: ["member_id", "party_id", "riding_id", "start_date", "end_date", "source"],
  key: ["member_id", "start_date"],
  updateColumns: [],
};

const COMMITTEES: TableSpec = {
  table: "committees",
  columns: ["slug", "acronym", "name_en", "name_fr", "source"],
  key: ["slug"],
  updateColumns: ["acronym", "name_en", "name_fr"],
  touchesUpdatedAt: true,
};

const MEETINGS: TableSpec = {
  table: "committee_meetings",
  columns: ["committee_id", "session_code", "number", "date", "document_id", "source"],
  key: ["committee_id", "session_code", "number"],
  touchesUpdatedAt: true,
};

/** The publication's language from its parse, so the merge gets each one right whatever the file is called. */
function byLanguage(publications: HansardDocument[]): { en: HansardDocument | null; fr: HansardDocument | null } {
  const en = publications.filter((p) => p.language === "en");
  const fr = publications.filter((p) => p.language === "fr");
  if (en.length > 1 || fr.length > 1) throw new HansardParseError("two publications of a sitting are in the same language");
  return { en: en[0] ?? null, fr: fr[0] ?? null };
}

/**
 * Loads one sitting or committee meeting: both languages are parsed and merged first (a
 * malformed publication stops here, before anything is written), then the session, members,
 * bills, the document, its statements, divisions and ballots are upserted. Change events are
 * raised for what is new: divisions, statements by members, committee meetings.
 */
export const loadHansard: Loader = async (env, publications) => {
  const { en, fr } = byLanguage(publications.map((bytes) => parseHansard(bytes)));
  const doc = mergePublications(en, fr);
  const db = env.CIVIC;
  const counts: UpsertCounts[] = [];
  const events: DomainEvent[] = [];
  const occurredAt = new Date().toISOString();

  // Sessions after 2010 are known only from the Hansard; the openparliament fixtures own the rest.
  await db
    .prepare(
      "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, source) VALUES (?, ?, ?, ?, ?, 'hansard') ON CONFLICT (code) DO NOTHING",
    )
    .bind(doc.sessionCode, doc.parliament, doc.session, `${ordinal(doc.parliament)} Parliament, ${ordinal(doc.session)} Session`, `${doc.parliament}e législature, ${doc.session}${doc.session === 1 ? "re" : "e"} session`)
    .run();

  const people = peopleOf(doc);
  const members = await resolveMembers(db, people);
  counts.push({ inserted: members.inserted, updated: members.updated, unchanged: 0 });
  counts.push(await upsertTerms(db, doc, people, members.ids));

  const billIds = await upsertMentionedBills(db, doc, counts);
  const documentId = await upsertDocument(db, doc, counts);

  const statementRows: Row[] = doc.statements.map((s) => ({
    document_id: documentId,
    sequence: s.sequence,
    date: doc.date,
    source_id: s.sourceId,
    member_id: s.speakerDbId === null ? null : (members.ids.get(s.speakerDbId) ?? null),
    speaker_db_id: s.speakerDbId,
    speaker_affiliation_type: s.speakerAffiliationType,
    speaker_name_en: s.speakerNameEn,
    speaker_name_fr: s.speakerNameFr,
    speaker_context_en: s.speakerContextEn,
    speaker_context_fr: s.speakerContextFr,
    heading_en: s.headingEn,
    heading_fr: s.headingFr,
    subheading_en: s.subheadingEn,
    subheading_fr: s.subheadingFr,
    time: s.time,
    intervention_type: s.interventionType,
    floor_language: s.floorLanguage,
    text_en: s.textEn,
    text_fr: s.textFr,
    procedural: s.procedural ? 1 : 0,
    word_count: s.wordCountEn ?? s.wordCountFr ?? 0,
    source: SOURCE,
  }));
  const statementCounts = await upsert(db, STATEMENTS, statementRows);
  counts.push(statementCounts);
  // A re-parse that yields fewer statements leaves none of the old ones behind.
  await db.prepare("DELETE FROM statements WHERE document_id = ? AND sequence >= ?").bind(documentId, doc.statements.length).run();

  const statementIds = await idMap(db, "SELECT sequence AS k, id FROM statements WHERE document_id = ?", documentId);
  const links = doc.statements.flatMap((s) =>
    s.billMentions.flatMap((m) => {
      const billId = billIds.get(m.number);
      const statementId = statementIds.get(String(s.sequence));
      return billId && statementId ? [{ statement_id: statementId, bill_id: billId }] : [];
    }),
  );
  counts.push(await upsert(db, STATEMENT_BILLS, links));

  events.push(...(await loadBillStages(db, doc, documentId, billIds, counts, occurredAt)));
  events.push(...spokeEvents(doc, statementRows, statementCounts.insertedKeys, occurredAt));
  events.push(...(await loadDivisions(db, doc, documentId, members.ids, billIds, counts, occurredAt)));
  if (doc.kind === "evidence") events.push(...(await loadMeeting(db, doc, documentId, counts, occurredAt)));

  const read = doc.statements.length + doc.divisions.length + doc.divisions.reduce((n, d) => n + d.ballots.length, 0);
  const rejects: LoadResult["rejects"] = doc.divisions.flatMap((d) =>
    d.ballots
      .filter((b) => b.dbId === null)
      .map((b) => ({ recordIndex: d.number, sourceId: d.sourceId, reason: `ballot of "${b.namePrinted}" in division ${d.number} has no member id` })),
  );
  return result(read, counts, rejects, events);
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Bills named in the document (debated, mentioned, divided on), created when new; returns number → id. */
async function upsertMentionedBills(db: D1Database, doc: MergedDocument, counts: UpsertCounts[]): Promise<Map<string, number>> {
  const bills = new Map<string, Row>();
  const bill = (number: string): Row => {
    const known = bills.get(number);
    if (known) return known;
    const row: Row = {
      session_code: doc.sessionCode,
      number,
      number_only: Number(number.replace(/\D+/g, "")) || 0,
      originating_chamber: number.startsWith("S-") ? "senate" : "house",
      legisinfo_id: null,
      short_title_en: null,
      short_title_fr: null,
      long_title_en: null,
      long_title_fr: null,
      private_member: null,
      source: SOURCE,
    };
    bills.set(number, row);
    return row;
  };
  // Debated bills first: their items carry titles; the first title printed for a bill wins.
  for (const b of doc.bills) {
    const row = bill(b.number);
    row.legisinfo_id ??= b.legisinfoId;
    row.short_title_en ??= b.titleEn;
    row.short_title_fr ??= b.titleFr;
    row.long_title_en ??= b.longTitleEn;
    row.long_title_fr ??= b.longTitleFr;
    row.private_member ??= b.governmentBill === null ? null : b.governmentBill ? 0 : 1;
  }
  for (const s of doc.statements) for (const m of s.billMentions) bill(m.number).legisinfo_id ??= m.legisinfoId;
  for (const d of doc.divisions) if (d.billNumber) bill(d.billNumber);
  counts.push(await upsert(db, MENTIONED_BILLS, [...bills.values()]));
  return idMap(db, "SELECT number AS k, id FROM bills WHERE session_code = ?", doc.sessionCode);
}

/** Each stage the sitting took a bill through, as a dated event; a stage new to the platform is announced. */
async function loadBillStages(
  db: D1Database,
  doc: MergedDocument,
  documentId: number,
  billIds: Map<string, number>,
  counts: UpsertCounts[],
  occurredAt: string,
): Promise<DomainEvent[]> {
  // "other" items are procedure about a bill (time allocation notices), not stages it reached.
  const items = doc.bills.filter((b) => b.stage !== "other" && billIds.has(b.number));
  // Hansard is the House's record: its sittings and committees are House stages.
  const chamber = "house";
  const rows: Row[] = items.map((b) => ({
    bill_id: billIds.get(b.number)!,
    chamber,
    stage: b.stage,
    date: doc.date,
    description_en: b.stageLabelEn,
    description_fr: b.stageLabelFr,
    document_id: documentId,
    source: SOURCE,
  }));
  const stageCounts = await upsert(db, STAGE_EVENTS, rows);
  counts.push(stageCounts);
  return items
    .filter((b) => stageCounts.insertedKeys.has(keyString(STAGE_EVENTS, { bill_id: billIds.get(b.number)!, chamber, stage: b.stage, date: doc.date })))
    .map((b) => ({
      id: crypto.randomUUID(),
      type: "bill.stage_reached" as const,
      occurred_at: occurredAt,
      subject: `bill:${doc.sessionCode}/${b.number}`,
      data: { session: doc.sessionCode, number: b.number, stage: b.stage, chamber, date: doc.date },
    }));
}

/** The sitting's row: found by either publication's id, created when new, completed with the other language. */
async function upsertDocument(db: D1Database, doc: MergedDocument, counts: UpsertCounts[]): Promise<number> {
  const existing = await db
    .prepare("SELECT id, source_id_en, source_id_fr, date, number FROM documents WHERE kind = ? AND (source_id_en = ? OR source_id_fr = ?)")
    .bind(doc.kind, doc.sourceIdEn, doc.sourceIdFr)
    .first<{ id: number; source_id_en: string | null; source_id_fr: string | null; date: string; number: number }>();
  if (!existing) {
    const row = await db
      .prepare(
        "INSERT INTO documents (kind, session_code, date, number, source_id_en, source_id_fr, source) VALUES (?, ?, ?, ?, ?, ?, 'hansard') RETURNING id",
      )
      .bind(doc.kind, doc.sessionCode, doc.date, doc.number, doc.sourceIdEn, doc.sourceIdFr)
      .first<{ id: number }>();
    counts.push({ inserted: 1, updated: 0, unchanged: 0 });
    return row!.id;
  }
  const sourceIdEn = doc.sourceIdEn ?? existing.source_id_en;
  const sourceIdFr = doc.sourceIdFr ?? existing.source_id_fr;
  const changed = sourceIdEn !== existing.source_id_en || sourceIdFr !== existing.source_id_fr || existing.date !== doc.date || existing.number !== doc.number;
  if (changed) {
    await db
      .prepare("UPDATE documents SET source_id_en = ?, source_id_fr = ?, date = ?, number = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
      .bind(sourceIdEn, sourceIdFr, doc.date, doc.number, existing.id)
      .run();
  }
  counts.push({ inserted: 0, updated: changed ? 1 : 0, unchanged: changed ? 0 : 1 });
  return existing.id;
}

/**
 * Party and riding from the speaker's printed context, as terms: a member's first appearance
 * with a party and riding opens a term on that sitting's date (the fixtures cover terms before
 * 2010). A context that matches the member's latest term adds nothing.
 */
async function upsertTerms(db: D1Database, doc: MergedDocument, people: Map<number, import("./hansard-members").Person>, ids: Map<number, number>): Promise<UpsertCounts> {
  const withContext = [...people.values()].filter((p) => p.party && p.riding && ids.has(p.dbId));
  if (withContext.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const parties = await partyIdsByAbbreviation(db);
  // The riding of that name valid on the sitting's day; names recur across representation orders.
  const ridings = await idMap(
    db,
    `SELECT name_en AS k, id FROM ridings
     ORDER BY (coalesce(valid_from, '0000') <= ?1 AND coalesce(valid_through, '9999') >= ?1) ASC, current ASC, representation_order ASC`,
    doc.date,
  );
  let counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const p of withContext) {
    const memberId = ids.get(p.dbId)!;
    const partyId = parties.get(p.party!.replace(/\.$/, "").toLowerCase()) ?? null;
    const ridingId = ridings.get(p.riding!.replace(/--/g, "—")) ?? null;
    const same = (t: { party_id: number | null; riding_id: number | null } | null) =>
      t !== null && t.party_id === partyId && (t.riding_id === ridingId || ridingId === null);
    const [previous, next] = await Promise.all([
      db
        .prepare("SELECT party_id, riding_id FROM member_terms WHERE member_id = ? AND start_date <= ? ORDER BY start_date DESC LIMIT 1")
        .bind(memberId, doc.date)
        .first<{ party_id: number | null; riding_id: number | null }>(),
      db
        .prepare("SELECT id, party_id, riding_id FROM member_terms WHERE member_id = ? AND start_date > ? ORDER BY start_date ASC LIMIT 1")
        .bind(memberId, doc.date)
        .first<{ id: number; party_id: number | null; riding_id: number | null }>(),
    ]);
    if (same(previous)) {
      counts = addCounts(counts, { inserted: 0, updated: 0, unchanged: 1 });
    } else if (next && same(next)) {
      // Sittings load in any order: an earlier sitting with the same seat moves the term's start back.
      await db.prepare("UPDATE member_terms SET start_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").bind(doc.date, next.id).run();
      counts = addCounts(counts, { inserted: 0, updated: 1, unchanged: 0 });
    } else {
      const row = { member_id: memberId, party_id: partyId, riding_id: ridingId, start_date: doc.date, end_date: null, source: SOURCE };
      counts = addCounts(counts, await upsert(db, TERMS, [row]));
    }
  }
  return counts;
}

async function partyIdsByAbbreviation(db: D1Database): Promise<Map<string, number>> {
  const byOpenparliament = await idMap(db, "SELECT openparliament_id AS k, id FROM parties WHERE openparliament_id IS NOT NULL");
  const map = new Map<string, number>();
  for (const [opId, [en, fr]] of Object.entries(HANSARD_PARTY_ABBREVIATIONS)) {
    const id = byOpenparliament.get(opId);
    if (id === undefined) continue;
    map.set(en.replace(/\.$/, "").toLowerCase(), id);
    map.set(fr.replace(/\.$/, "").toLowerCase(), id);
  }
  return map;
}

/** One `member.spoke` per member with new statements in this document. */
function spokeEvents(doc: MergedDocument, rows: Row[], inserted: Set<string>, occurredAt: string): DomainEvent[] {
  const byMember = new Map<number, { count: number; headings: Set<string> }>();
  for (const row of rows) {
    if (row.member_id === null || !inserted.has(keyString(STATEMENTS, row))) continue;
    const entry = byMember.get(row.member_id as number) ?? { count: 0, headings: new Set<string>() };
    entry.count++;
    const heading = (row.subheading_en ?? row.heading_en ?? row.subheading_fr ?? row.heading_fr) as string | null;
    if (heading) entry.headings.add(heading);
    byMember.set(row.member_id as number, entry);
  }
  return [...byMember].map(([memberId, e]) => ({
    id: crypto.randomUUID(),
    type: "member.spoke" as const,
    occurred_at: occurredAt,
    subject: `member:${memberId}`,
    data: { member_id: memberId, date: doc.date, document_kind: doc.kind, statements: e.count, headings: [...e.headings].slice(0, 20) },
  }));
}

async function loadDivisions(
  db: D1Database,
  doc: MergedDocument,
  documentId: number,
  memberIds: Map<number, number>,
  billIds: Map<string, number>,
  counts: UpsertCounts[],
  occurredAt: string,
): Promise<DomainEvent[]> {
  if (doc.divisions.length === 0) return [];
  const divisionRows: Row[] = doc.divisions.map((d) => ({
    session_code: doc.sessionCode,
    number: d.number,
    date: doc.date,
    document_id: documentId,
    source_id: d.sourceId,
    description_en: d.descriptionEn,
    description_fr: d.descriptionFr,
    result: d.result,
    yea_total: d.printedTotals.yea,
    nay_total: d.printedTotals.nay,
    paired_total: d.printedTotals.paired,
    bill_id: d.billNumber ? (billIds.get(d.billNumber) ?? null) : null,
    source: SOURCE,
  }));
  const divisionCounts = await upsert(db, DIVISIONS, divisionRows);
  counts.push(divisionCounts);
  const divisionIds = await idMap(db, "SELECT number AS k, id FROM divisions WHERE session_code = ?", doc.sessionCode);

  // Each ballot carries the member's party on the day (see BALLOT_PARTY).
  const { results: terms } = await db
    .prepare(
      `SELECT t.member_id, t.party_id FROM member_terms t WHERE t.start_date <= ?1 AND t.party_id IS NOT NULL
         AND t.start_date = (SELECT max(start_date) FROM member_terms WHERE member_id = t.member_id AND start_date <= ?1 AND party_id IS NOT NULL)`,
    )
    .bind(doc.date)
    .all<{ member_id: number; party_id: number }>();
  const partyOf = new Map(terms.map((t) => [t.member_id, t.party_id]));

  const ballotRows: Row[] = doc.divisions.flatMap((d) =>
    d.ballots.flatMap((b) => {
      const memberId = b.dbId === null ? undefined : memberIds.get(b.dbId);
      if (memberId === undefined) return [];
      return [
        {
          division_id: divisionIds.get(String(d.number))!,
          member_id: memberId,
          ballot: b.ballot,
          party_id: partyOf.get(memberId) ?? null,
          speaker_db_id: b.dbId,
          name_printed: b.namePrinted,
        },
      ];
    }),
  );
  counts.push(await upsert(db, BALLOTS, ballotRows));

  return doc.divisions
    .filter((d) => divisionCounts.insertedKeys.has(keyString(DIVISIONS, { session_code: doc.sessionCode, number: d.number })))
    .map((d) => ({
      id: crypto.randomUUID(),
      type: "division.recorded" as const,
      occurred_at: occurredAt,
      subject: `division:${doc.sessionCode}/${d.number}`,
      data: {
        session: doc.sessionCode,
        number: d.number,
        date: doc.date,
        description_en: d.descriptionEn,
        result: d.result,
        yea_total: d.printedTotals.yea,
        nay_total: d.printedTotals.nay,
        paired_total: d.printedTotals.paired,
        bill: d.billNumber,
        ballots: ballotRows
          .filter((b) => b.division_id === divisionIds.get(String(d.number)))
          .map((b) => ({ member_id: b.member_id as number, ballot: b.ballot as "yea" | "nay" | "paired" })),
      },
    }));
}

async function loadMeeting(db: D1Database, doc: MergedDocument, documentId: number, counts: UpsertCounts[], occurredAt: string): Promise<DomainEvent[]> {
  const committee = doc.committee;
  const name = committee?.nameEn ?? committee?.nameFr ?? committee?.acronym;
  if (!committee || !name) return [];
  const slug = slugify(committee.acronym ?? name);
  counts.push(await upsert(db, COMMITTEES, [{ slug, acronym: committee.acronym, name_en: committee.nameEn ?? name, name_fr: committee.nameFr, source: SOURCE }]));
  const committeeId = (await db.prepare("SELECT id FROM committees WHERE slug = ?").bind(slug).first<{ id: number }>())!.id;
  const meeting = { committee_id: committeeId, session_code: doc.sessionCode, number: doc.number, date: doc.date, document_id: documentId, source: SOURCE };
  const meetingCounts = await upsert(db, MEETINGS, [meeting]);
  counts.push(meetingCounts);
  if (meetingCounts.inserted === 0) return [];
  return [
    {
      id: crypto.randomUUID(),
      type: "committee.met",
      occurred_at: occurredAt,
      subject: `committee:${slug}`,
      data: { committee: slug, session: doc.sessionCode, number: doc.number, date: doc.date },
    },
  ];
}

/**
 * A ballot's party is the member's party on the division's day: the party of their latest term
 * starting on or before it. Terms come from every sitting's speaker labels, and sittings load in
 * any order, so once a run has loaded them all every ballot's party is settled again with this
 * same rule; a re-run then finds nothing to change.
 */
export async function settleBallotParties(db: D1Database): Promise<void> {
  await settleBillStatus(db);
  await db
    .prepare(
      `UPDATE ballots SET party_id = (
         SELECT t.party_id FROM member_terms t JOIN divisions d ON d.id = ballots.division_id
         WHERE t.member_id = ballots.member_id AND t.party_id IS NOT NULL AND t.start_date <= d.date
         ORDER BY t.start_date DESC LIMIT 1)
       WHERE party_id IS NOT (
         SELECT t.party_id FROM member_terms t JOIN divisions d ON d.id = ballots.division_id
         WHERE t.member_id = ballots.member_id AND t.party_id IS NOT NULL AND t.start_date <= d.date
         ORDER BY t.start_date DESC LIMIT 1)`,
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
async function settleBillStatus(db: D1Database): Promise<void> {
  const latest = (column: string) =>
    `(SELECT ${column} FROM bill_stage_events e WHERE e.bill_id = bills.id ORDER BY e.date DESC, ${STAGE_RANK} DESC LIMIT 1)`;
  await db
    .prepare(
      `UPDATE bills SET status = ${latest("stage")}, status_chamber = ${latest("chamber")}, status_date = ${latest("date")}
       WHERE source = 'hansard' AND (status IS NOT ${latest("stage")} OR status_date IS NOT ${latest("date")})`,
    )
    .run();
}
