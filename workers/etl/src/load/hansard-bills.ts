import { eq } from "drizzle-orm";
import { bills, billStageEvents } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import type { DomainEvent } from "#shared/queues/messages";
import { ownShortTitles } from "../parsers/hansard-bill-titles";
import type { MergedDocument } from "../parsers/hansard-merge";
import type { DocumentBatch } from "./batch";
import { idMap } from "./rows";
import { idByKey, keyString, tableSpec, type Cell, type RowOf } from "./upsert";

const SOURCE = "hansard";

/**
 * Bills the Hansard mentions or debates: created if new, and completed with the titles and kind
 * the sitting prints, but never overwriting what LEGISinfo (the authority) says about them.
 */
const MENTIONED_BILLS = tableSpec(bills, {
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
});

/** A stage the House took a bill through on this sitting's day. */
const STAGE_EVENTS = tableSpec(billStageEvents, {
  columns: ["bill_id", "chamber", "stage", "date", "description_en", "description_fr", "document_id", "source"],
  key: ["bill_id", "chamber", "stage", "date"],
  fillColumns: ["description_en", "description_fr", "document_id"],
  updateColumns: [],
});

/**
 * Bills named in the document (debated, mentioned, divided on), created when new; answers each
 * bill's number → its id, or for a bill this document creates, the expression that finds it.
 */
export async function queueMentionedBills(db: D1Database, batch: DocumentBatch, doc: MergedDocument): Promise<Map<string, Cell>> {
  const mentioned = new Map<string, RowOf<typeof MENTIONED_BILLS>>();
  const bill = (number: string): RowOf<typeof MENTIONED_BILLS> => {
    const known = mentioned.get(number);
    if (known) return known;
    const row: RowOf<typeof MENTIONED_BILLS> = {
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
    mentioned.set(number, row);
    return row;
  };
  // Titles a link prints are the bill's own; a debate's heading only when it is the bill's short
  // title (see ownShortTitles). The first title printed for a bill wins.
  for (const t of doc.billTitles) {
    const row = bill(t.number);
    row.short_title_en ??= t.shortTitleEn;
    row.short_title_fr ??= t.shortTitleFr;
    row.long_title_en ??= t.longTitleEn;
    row.long_title_fr ??= t.longTitleFr;
  }
  for (const b of doc.bills) {
    const row = bill(b.number);
    const heading = ownShortTitles(b);
    row.legisinfo_id ??= b.legisinfoId;
    row.short_title_en ??= heading.en;
    row.short_title_fr ??= heading.fr;
    row.long_title_en ??= b.longTitleEn;
    row.long_title_fr ??= b.longTitleFr;
    row.private_member ??= b.governmentBill === null ? null : b.governmentBill ? 0 : 1;
  }
  for (const s of doc.statements) for (const m of s.billMentions) bill(m.number).legisinfo_id ??= m.legisinfoId;
  for (const d of doc.divisions) if (d.billNumber) bill(d.billNumber);
  batch.upsert(MENTIONED_BILLS, [...mentioned.values()]);
  const known = await idMap(civicDb(db).select({ k: bills.number, id: bills.id }).from(bills).where(eq(bills.sessionCode, doc.sessionCode)));
  return new Map([...mentioned.keys()].map((number) => [number, known.get(number) ?? idByKey(bills, { session_code: doc.sessionCode, number })]));
}

/**
 * Each stage the sitting took a bill through, as a dated event; a stage new to the platform is
 * announced. Answers the announcements, to make once the batch has committed (they name what it inserted).
 */
export function queueBillStages(
  batch: DocumentBatch,
  doc: MergedDocument,
  documentId: Cell,
  billIds: Map<string, Cell>,
  occurredAt: string,
): () => DomainEvent[] {
  // "other" items are procedure about a bill (time allocation notices), not stages it reached.
  const items = doc.bills.filter((b) => b.stage !== "other" && billIds.has(b.number));
  // Hansard is the House's record: its sittings and committees are House stages.
  const chamber = "house";
  const rows: RowOf<typeof STAGE_EVENTS>[] = items.map((b) => ({
    bill_id: billIds.get(b.number)!,
    chamber,
    stage: b.stage,
    date: doc.date,
    description_en: b.stageLabelEn,
    description_fr: b.stageLabelFr,
    document_id: documentId,
    source: SOURCE,
  }));
  const inserted = batch.upsert(STAGE_EVENTS, rows);
  return () =>
    items
      .filter((_, i) => inserted.has(keyString(STAGE_EVENTS, rows[i]!)))
      .map((b) => ({
        id: crypto.randomUUID(),
        type: "bill.stage_reached" as const,
        occurred_at: occurredAt,
        subject: `bill:${doc.sessionCode}/${b.number}`,
        data: { session: doc.sessionCode, number: b.number, stage: b.stage, chamber, date: doc.date },
      }));
}
