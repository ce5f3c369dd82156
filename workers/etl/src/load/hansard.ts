import type { DomainEvent } from "#shared/queues/messages";
import { slugify } from "../parsers/common-text";
import { HansardParseError, parseHansard, type HansardDocument } from "../parsers/hansard";
import { mergePublications, type MergedDocument } from "../parsers/hansard-merge";
import { DocumentBatch, INSERTED_ONE, UNCHANGED_ONE, UPDATED_ONE } from "./batch";
import { queueBillStages, queueMentionedBills } from "./hansard-bills";
import { memberIdsAfter, peopleOf, resolveMembers, seatedOn } from "./hansard-members";
import { presidingMembers } from "./hansard-presiding";
import { partyOnDay } from "./settle";
import { queueTerms } from "./hansard-terms";
import { idMap, result } from "./rows";
import type { Loader, LoadResult } from "./types";
import { keyString, sql, type Cell, type Row, type TableSpec } from "./upsert";

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

const STATEMENT_BILLS: TableSpec = { table: "statement_bills", columns: ["statement_id", "bill_id"], key: ["statement_id", "bill_id"] };

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
 * malformed publication stops here, before anything is written); then the session, members,
 * terms, bills, the document, its statements, divisions, ballots and meeting are written in one
 * batch, so a sitting is in the database whole or not at all. Change events are raised for what
 * is new: divisions, statements by members, bill stages, committee meetings.
 */
export const loadHansard: Loader = async (env, publications) => {
  const { en, fr } = byLanguage(publications.map((bytes) => parseHansard(bytes)));
  const doc = mergePublications(en, fr);
  const db = env.CIVIC;
  const batch = new DocumentBatch(db);
  const occurredAt = new Date().toISOString();

  // Sessions after 2010 are known only from the Hansard; the openparliament fixtures own the rest.
  batch.write(
    db
      .prepare(
        "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, source) VALUES (?, ?, ?, ?, ?, 'hansard') ON CONFLICT (code) DO NOTHING",
      )
      .bind(doc.sessionCode, doc.parliament, doc.session, `${ordinal(doc.parliament)} Parliament, ${ordinal(doc.session)} Session`, `${doc.parliament}e législature, ${doc.session}${doc.session === 1 ? "re" : "e"} session`),
  );

  const people = peopleOf(doc);
  const seated = await seatedOn(db, doc.date);
  const memberIds = await resolveMembers(db, batch, people, seated);
  const presiding = await presidingMembers(db, doc, seated);
  await queueTerms(db, batch, doc, people, memberIds);
  const billIds = await queueMentionedBills(db, batch, doc);
  const documentId = await queueDocument(db, batch, doc);

  const statementRows: Row[] = doc.statements.map((s) => ({
    document_id: documentId,
    sequence: s.sequence,
    date: doc.date,
    source_id: s.sourceId,
    member_id: presiding.get(s.sequence) ?? (s.speakerDbId === null ? null : (memberIds.get(s.speakerDbId) ?? null)),
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
  const insertedStatements = await batch.upsert(STATEMENTS, statementRows);
  // A re-parse that yields fewer statements leaves none of the old ones behind.
  batch.write(batch.prepare("DELETE FROM statements WHERE document_id = ? AND sequence >= ?", documentId, doc.statements.length));

  const statementIds =
    typeof documentId === "number" ? await idMap(db, "SELECT sequence AS k, id FROM statements WHERE document_id = ?", documentId) : new Map<string, number>();
  const statementId = (sequence: number): Cell =>
    statementIds.get(String(sequence)) ?? sql("(SELECT id FROM statements WHERE document_id = ? AND sequence = ?)", documentId, sequence);
  const links = doc.statements.flatMap((s) =>
    s.billMentions.flatMap((m) => {
      const billId = billIds.get(m.number);
      return billId === undefined ? [] : [{ statement_id: statementId(s.sequence), bill_id: billId }];
    }),
  );
  await batch.upsert(STATEMENT_BILLS, links);

  const stageEvents = await queueBillStages(batch, doc, documentId, billIds, occurredAt);
  const divisions = await queueDivisions(db, batch, doc, documentId, memberIds, billIds);
  const meeting = doc.kind === "evidence" ? await queueMeeting(db, batch, doc, documentId) : null;
  const counts = await batch.commit();

  // Events name members by id, which the batch has just given to the members it created.
  const members = await memberIdsAfter(db, memberIds);
  const events: DomainEvent[] = [
    ...stageEvents,
    ...spokeEvents(doc, statementRows, insertedStatements, members, occurredAt),
    ...divisionEvents(doc, divisions, members, occurredAt),
    ...(meeting?.inserted ? [meetingEvent(doc, meeting.slug, occurredAt)] : []),
  ];

  const read = doc.statements.length + doc.divisions.length + doc.divisions.reduce((n, d) => n + d.ballots.length, 0);
  const rejects: LoadResult["rejects"] = doc.divisions.flatMap((d) =>
    d.ballots
      .filter((b) => b.dbId === null)
      .map((b) => ({ recordIndex: d.number, sourceId: d.sourceId, reason: `ballot of "${b.namePrinted}" in division ${d.number} has no member id` })),
  );
  return result(read, [counts], rejects, events);
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * The sitting's row: found by either publication's id and completed with the other language, or
 * created. Answers its id, or for a new one the expression that finds it by publication id.
 */
async function queueDocument(db: D1Database, batch: DocumentBatch, doc: MergedDocument): Promise<Cell> {
  const existing = await db
    .prepare("SELECT id, source_id_en, source_id_fr, date, number FROM documents WHERE kind = ? AND (source_id_en = ? OR source_id_fr = ?)")
    .bind(doc.kind, doc.sourceIdEn, doc.sourceIdFr)
    .first<{ id: number; source_id_en: string | null; source_id_fr: string | null; date: string; number: number }>();
  if (!existing) {
    batch.write(
      db
        .prepare("INSERT INTO documents (kind, session_code, date, number, source_id_en, source_id_fr, source) VALUES (?, ?, ?, ?, ?, ?, 'hansard')")
        .bind(doc.kind, doc.sessionCode, doc.date, doc.number, doc.sourceIdEn, doc.sourceIdFr),
      INSERTED_ONE,
    );
    return doc.sourceIdEn !== null
      ? sql("(SELECT id FROM documents WHERE source_id_en = ?)", doc.sourceIdEn)
      : sql("(SELECT id FROM documents WHERE source_id_fr = ?)", doc.sourceIdFr);
  }
  const sourceIdEn = doc.sourceIdEn ?? existing.source_id_en;
  const sourceIdFr = doc.sourceIdFr ?? existing.source_id_fr;
  const changed = sourceIdEn !== existing.source_id_en || sourceIdFr !== existing.source_id_fr || existing.date !== doc.date || existing.number !== doc.number;
  if (changed) {
    batch.write(
      db
        .prepare("UPDATE documents SET source_id_en = ?, source_id_fr = ?, date = ?, number = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
        .bind(sourceIdEn, sourceIdFr, doc.date, doc.number, existing.id),
      UPDATED_ONE,
    );
  } else batch.write([], UNCHANGED_ONE);
  return existing.id;
}

/** One `member.spoke` per member with new statements in this document. */
function spokeEvents(doc: MergedDocument, rows: Row[], inserted: Set<string>, members: Map<number, number>, occurredAt: string): DomainEvent[] {
  const byMember = new Map<number, { count: number; headings: Set<string> }>();
  for (const row of rows) {
    // A member known before this batch is their id; one the batch creates is found by DbId once it has run.
    const memberId = row.member_id === null ? undefined : typeof row.member_id === "number" ? row.member_id : members.get(row.speaker_db_id as number);
    if (memberId === undefined || !inserted.has(keyString(STATEMENTS, row))) continue;
    const entry = byMember.get(memberId) ?? { count: 0, headings: new Set<string>() };
    entry.count++;
    const heading = (row.subheading_en ?? row.heading_en ?? row.subheading_fr ?? row.heading_fr) as string | null;
    if (heading) entry.headings.add(heading);
    byMember.set(memberId, entry);
  }
  return [...byMember].map(([memberId, e]) => ({
    id: crypto.randomUUID(),
    type: "member.spoke" as const,
    occurred_at: occurredAt,
    subject: `member:${memberId}`,
    data: { member_id: memberId, date: doc.date, document_kind: doc.kind, statements: e.count, headings: [...e.headings].slice(0, 20) },
  }));
}

/** The sitting's divisions and every ballot; answers the numbers of the divisions new to the platform. */
async function queueDivisions(
  db: D1Database,
  batch: DocumentBatch,
  doc: MergedDocument,
  documentId: Cell,
  memberIds: Map<number, Cell>,
  billIds: Map<string, Cell>,
): Promise<Set<number>> {
  if (doc.divisions.length === 0) return new Set();
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
  const inserted = await batch.upsert(DIVISIONS, divisionRows);
  const known = await idMap(db, "SELECT number AS k, id FROM divisions WHERE session_code = ?", doc.sessionCode);
  const divisionId = (number: number): Cell =>
    known.get(String(number)) ?? sql("(SELECT id FROM divisions WHERE session_code = ? AND number = ?)", doc.sessionCode, number);

  const ballotRows: Row[] = doc.divisions.flatMap((d) =>
    d.ballots.flatMap((b) => {
      const memberId = b.dbId === null ? undefined : memberIds.get(b.dbId);
      if (memberId === undefined) return [];
      return [
        {
          division_id: divisionId(d.number),
          member_id: memberId,
          ballot: b.ballot,
          // The member's party on the day (see settleBallotParties), from the terms as this batch leaves them.
          party_id: sql(partyOnDay("?", "?", "?"), memberId, doc.date, doc.date, doc.sessionCode, doc.sessionCode),
          speaker_db_id: b.dbId,
          name_printed: b.namePrinted,
        },
      ];
    }),
  );
  await batch.upsert(BALLOTS, ballotRows);
  return new Set(doc.divisions.filter((d) => inserted.has(keyString(DIVISIONS, { session_code: doc.sessionCode, number: d.number }))).map((d) => d.number));
}

/** One `division.recorded` per division new to the platform, with every ballot. */
function divisionEvents(doc: MergedDocument, inserted: Set<number>, members: Map<number, number>, occurredAt: string): DomainEvent[] {
  return doc.divisions
    .filter((d) => inserted.has(d.number))
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
        ballots: d.ballots.flatMap((b) => {
          const memberId = b.dbId === null ? undefined : members.get(b.dbId);
          return memberId === undefined ? [] : [{ member_id: memberId, ballot: b.ballot }];
        }),
      },
    }));
}

/** The committee and its meeting; answers the committee's slug and whether the meeting is new. */
async function queueMeeting(db: D1Database, batch: DocumentBatch, doc: MergedDocument, documentId: Cell): Promise<{ slug: string; inserted: boolean } | null> {
  const committee = doc.committee;
  const name = committee?.nameEn ?? committee?.nameFr ?? committee?.acronym;
  if (!committee || !name) return null;
  const slug = slugify(committee.acronym ?? name);
  await batch.upsert(COMMITTEES, [{ slug, acronym: committee.acronym, name_en: committee.nameEn ?? name, name_fr: committee.nameFr, source: SOURCE }]);
  const known = await db.prepare("SELECT id FROM committees WHERE slug = ?").bind(slug).first<{ id: number }>();
  const committeeId: Cell = known?.id ?? sql("(SELECT id FROM committees WHERE slug = ?)", slug);
  const meeting = { committee_id: committeeId, session_code: doc.sessionCode, number: doc.number, date: doc.date, document_id: documentId, source: SOURCE };
  const inserted = await batch.upsert(MEETINGS, [meeting]);
  return { slug, inserted: inserted.size > 0 };
}

function meetingEvent(doc: MergedDocument, slug: string, occurredAt: string): DomainEvent {
  return {
    id: crypto.randomUUID(),
    type: "committee.met",
    occurred_at: occurredAt,
    subject: `committee:${slug}`,
    data: { committee: slug, session: doc.sessionCode, number: doc.number, date: doc.date },
  };
}
