import { eq } from "drizzle-orm";
import { statementBills, statements } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import type { DomainEvent } from "#shared/queues/messages";
import type { MergedDocument } from "../parsers/hansard-merge";
import type { DocumentBatch, InsertedKeys } from "./batch";
import { idMap } from "./rows";
import { idByKey, keyString, tableSpec, type Cell, type RowOf } from "./upsert";

const SOURCE = "hansard";

const STATEMENTS = tableSpec(statements, {
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
});

const STATEMENT_BILLS = tableSpec(statementBills, { columns: ["statement_id", "bill_id"], key: ["statement_id", "bill_id"] });

type StatementRow = RowOf<typeof STATEMENTS>;

/**
 * The sitting's statements, each linked to its member (the holder of the chair when it speaks
 * from the chair, else the member its DbId names), and the bills each mentions. Answers the rows
 * and the keys of those new to the platform, for `spokeEvents`.
 */
export async function queueStatements(
  db: D1Database,
  batch: DocumentBatch,
  doc: MergedDocument,
  documentId: Cell,
  speakers: { presiding: Map<number, number>; memberIds: Map<number, Cell> },
  billIds: Map<string, Cell>,
): Promise<{ rows: StatementRow[]; inserted: InsertedKeys }> {
  const { presiding, memberIds } = speakers;
  const rows: StatementRow[] = doc.statements.map((s) => ({
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
  const inserted = batch.upsert(STATEMENTS, rows);
  // A re-parse that yields fewer statements leaves none of the old ones behind.
  batch.write(batch.prepare("DELETE FROM statements WHERE document_id = ? AND sequence >= ?", documentId, doc.statements.length));

  const statementIds =
    typeof documentId === "number"
      ? await idMap(civicDb(db).select({ k: statements.sequence, id: statements.id }).from(statements).where(eq(statements.documentId, documentId)))
      : new Map<string, number>();
  const statementId = (sequence: number): Cell => statementIds.get(String(sequence)) ?? idByKey(statements, { document_id: documentId, sequence });
  const links = doc.statements.flatMap((s) =>
    s.billMentions.flatMap((m) => {
      const billId = billIds.get(m.number);
      return billId === undefined ? [] : [{ statement_id: statementId(s.sequence), bill_id: billId }];
    }),
  );
  batch.upsert(STATEMENT_BILLS, links);
  return { rows, inserted };
}

/** One `member.spoke` per member with new statements in this document. */
export function spokeEvents(
  doc: MergedDocument,
  rows: StatementRow[],
  inserted: InsertedKeys,
  members: Map<number, number>,
  occurredAt: string,
): DomainEvent[] {
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
