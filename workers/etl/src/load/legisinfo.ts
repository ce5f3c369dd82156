import { sql } from "drizzle-orm";
import { bills, bills as billsTable, billStageEvents, sessions as sessionsTable } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { parseLegisinfoBills } from "../parsers/legisinfo";
import type { DomainEvent } from "#shared/queues/messages";
import { idMap, parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { DocumentBatch } from "./batch";
import { idByKey, keyString, tableSpec, type Cell } from "./upsert";

const SOURCE = "legisinfo";

const BILLS = tableSpec(bills, {
  columns: [
    "session_code",
    "number",
    "number_only",
    "originating_chamber",
    "long_title_en",
    "long_title_fr",
    "short_title_en",
    "short_title_fr",
    "bill_type",
    "private_member",
    "sponsor_name",
    "status",
    "status_chamber",
    "status_date",
    "status_text_en",
    "status_text_fr",
    "introduced_date",
    "legisinfo_id",
    "source",
  ],
  key: ["session_code", "number"],
  touchesUpdatedAt: true,
});

const STAGES = tableSpec(billStageEvents, {
  columns: ["bill_id", "chamber", "stage", "date", "description_en", "description_fr", "source"],
  key: ["bill_id", "chamber", "stage", "date"],
  touchesUpdatedAt: true,
});

/**
 * LEGISinfo is the authority on bills: it completes bills the Hansard created from mentions
 * (matched on session and number) and adds each stage with its date, all in one transaction. A
 * stage new to the platform is a `bill.stage_reached` event. Sessions must exist (they come from
 * openparliament and the Hansard); a bill of an unknown session is rejected with that reason.
 */
export const loadLegisinfo: Loader = async (env, [bytes]) => {
  const { records, rejects: parseRejects } = parseLegisinfoBills(bytes!);
  const rejects = parserRejects(parseRejects);
  const db = civicDb(env.CIVIC);
  const sessions = new Set((await db.select({ code: sessionsTable.code }).from(sessionsTable)).map((s) => s.code));
  const bills = records.bills.filter((b, index) => {
    if (sessions.has(b.sessionCode)) return true;
    rejects.push({ recordIndex: index, sourceId: String(b.legisinfoId), reason: `unknown session ${b.sessionCode}` });
    return false;
  });
  const batch = new DocumentBatch(env.CIVIC);
  batch.upsert(
    BILLS,
    bills.map((b) => toRow(b, BILLS.columns, { source: SOURCE })),
  );
  // A bill is known by session and number: one the Hansard made has no LEGISinfo id until now.
  const known = await idMap(db.select({ k: sql<string>`${billsTable.sessionCode} || ' ' || ${billsTable.number}`, id: billsTable.id }).from(billsTable));
  const billIds = new Map<number, Cell>(
    bills.map((b) => [b.legisinfoId, known.get(`${b.sessionCode} ${b.number}`) ?? idByKey(BILLS.table, { session_code: b.sessionCode, number: b.number })]),
  );
  const stages = records.stages.filter((s) => billIds.has(s.billLegisinfoId));
  const stageRows = stages.map((s) => toRow(s, STAGES.columns, { bill_id: billIds.get(s.billLegisinfoId)!, source: SOURCE }));
  const insertedStages = batch.upsert(STAGES, stageRows);
  const counts = await batch.commit();
  const now = new Date().toISOString();
  const events: DomainEvent[] = stages
    .filter((_, i) => insertedStages.has(keyString(STAGES, stageRows[i]!)))
    .map((s) => ({
      id: crypto.randomUUID(),
      type: "bill.stage_reached",
      occurred_at: now,
      subject: `bill:${s.sessionCode}/${s.billNumber}`,
      data: { session: s.sessionCode, number: s.billNumber, stage: s.stage, chamber: s.chamber, date: s.date },
    }));
  return result(records.bills.length + records.stages.length + parseRejects.length, [counts], rejects, events);
};
