import { eq } from "drizzle-orm";
import { committeeMeetings, committees } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import type { DomainEvent } from "#shared/queues/messages";
import { slugify } from "../parsers/common-text";
import type { MergedDocument } from "../parsers/hansard-merge";
import type { DocumentBatch, InsertedKeys } from "./batch";
import { idByKey, tableSpec, type Cell } from "./upsert";

const SOURCE = "hansard";

const COMMITTEES = tableSpec(committees, {
  columns: ["slug", "acronym", "name_en", "name_fr", "source"],
  key: ["slug"],
  updateColumns: ["acronym", "name_en", "name_fr"],
  touchesUpdatedAt: true,
});

const MEETINGS = tableSpec(committeeMeetings, {
  columns: ["committee_id", "session_code", "number", "date", "document_id", "source"],
  key: ["committee_id", "session_code", "number"],
  touchesUpdatedAt: true,
});

/** The committee and its meeting; answers the committee's slug and the meeting's key if it is new (known once the batch has committed). */
export async function queueMeeting(
  db: D1Database,
  batch: DocumentBatch,
  doc: MergedDocument,
  documentId: Cell,
): Promise<{ slug: string; inserted: InsertedKeys } | null> {
  const committee = doc.committee;
  const name = committee?.nameEn ?? committee?.nameFr ?? committee?.acronym;
  if (!committee || !name) return null;
  const slug = slugify(committee.acronym ?? name);
  batch.upsert(COMMITTEES, [{ slug, acronym: committee.acronym, name_en: committee.nameEn ?? name, name_fr: committee.nameFr, source: SOURCE }]);
  const [known] = await civicDb(db).select({ id: committees.id }).from(committees).where(eq(committees.slug, slug));
  const committeeId: Cell = known?.id ?? idByKey(committees, { slug });
  const meeting = { committee_id: committeeId, session_code: doc.sessionCode, number: doc.number, date: doc.date, document_id: documentId, source: SOURCE };
  const inserted = batch.upsert(MEETINGS, [meeting]);
  return { slug, inserted };
}

/** The `committee.met` event for a meeting new to the platform. */
export function meetingEvent(doc: MergedDocument, slug: string, occurredAt: string): DomainEvent {
  return {
    id: crypto.randomUUID(),
    type: "committee.met",
    occurred_at: occurredAt,
    subject: `committee:${slug}`,
    data: { committee: slug, session: doc.sessionCode, number: doc.number, date: doc.date },
  };
}
