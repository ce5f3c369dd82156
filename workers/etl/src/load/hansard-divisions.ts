import { eq } from "drizzle-orm";
import { ballots, divisions } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import type { DomainEvent } from "#shared/queues/messages";
import type { MergedDocument } from "../parsers/hansard-merge";
import type { DocumentBatch, InsertedKeys } from "./batch";
import { idMap } from "./rows";
import { partyOnDay } from "./settle";
import { idByKey, keyString, sql, tableSpec, type Cell, type RowOf } from "./upsert";

const SOURCE = "hansard";

export const DIVISIONS = tableSpec(divisions, {
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
});

export const BALLOTS = tableSpec(ballots, {
  columns: ["division_id", "member_id", "ballot", "party_id", "speaker_db_id", "name_printed"],
  key: ["division_id", "member_id"],
});

/** The sitting's divisions and every ballot; answers the keys of the divisions it inserts (known once the batch has committed). */
export async function queueDivisions(
  db: D1Database,
  batch: DocumentBatch,
  doc: MergedDocument,
  documentId: Cell,
  memberIds: Map<number, Cell>,
  billIds: Map<string, Cell>,
): Promise<InsertedKeys | null> {
  if (doc.divisions.length === 0) return null;
  const divisionRows: RowOf<typeof DIVISIONS>[] = doc.divisions.map((d) => ({
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
  const inserted = batch.upsert(DIVISIONS, divisionRows);
  const known = await idMap(civicDb(db).select({ k: divisions.number, id: divisions.id }).from(divisions).where(eq(divisions.sessionCode, doc.sessionCode)));
  const divisionId = (number: number): Cell => known.get(String(number)) ?? idByKey(divisions, { session_code: doc.sessionCode, number });

  const ballotRows: RowOf<typeof BALLOTS>[] = doc.divisions.flatMap((d) =>
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
  batch.upsert(BALLOTS, ballotRows);
  return inserted;
}

/** One `division.recorded` per division new to the platform, with every ballot. */
export function divisionEvents(doc: MergedDocument, inserted: InsertedKeys | null, members: Map<number, number>, occurredAt: string): DomainEvent[] {
  return doc.divisions
    .filter((d) => inserted?.has(keyString(DIVISIONS, { session_code: doc.sessionCode, number: d.number })))
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
