import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, readJsonArray, validate } from "./common";
import { cleanText, isoDate } from "./common-text";
import { type BillStage, type Chamber, type ReachedStage, STAGE_FIELDS, billStatus, stagesInOrder } from "./legisinfo-stages";

/**
 * LEGISinfo's bill list (`/legisinfo/en/bills/json?parlsession=44-1`): a JSON array with one
 * object per bill, its readings and royal assent as date fields that stay null until reached.
 */

/** A row for `bills`, keyed by `legisinfoId` (or by `sessionCode` with `number`). */
export interface BillRecord {
  legisinfoId: number;
  sessionCode: string;
  /** As printed: `C-332`, `S-5`. */
  number: string;
  numberOnly: number;
  originatingChamber: Chamber;
  longTitleEn: string | null;
  longTitleFr: string | null;
  shortTitleEn: string | null;
  shortTitleFr: string | null;
  billType: string | null;
  /** Null when LEGISinfo gives no bill type. */
  privateMember: boolean | null;
  /** As LEGISinfo prints it (`Hon. Chrystia Freeland`); matching it to a member is the loader's. */
  sponsorName: string | null;
  status: BillStage | null;
  statusChamber: Chamber | null;
  statusDate: string | null;
  statusTextEn: string | null;
  statusTextFr: string | null;
  /** First reading in the chamber the bill started in. */
  introducedDate: string | null;
}

/** A row for `bill_stage_events`, referring to its bill by `billLegisinfoId`. */
export interface BillStageRecord {
  billLegisinfoId: number;
  sessionCode: string;
  billNumber: string;
  stage: BillStage;
  chamber: Chamber;
  date: string;
  descriptionEn: string;
  descriptionFr: string;
}

export interface LegisinfoBills {
  bills: BillRecord[];
  stages: BillStageRecord[];
}

/**
 * LEGISinfo timestamps are Ottawa wall-clock time, mostly without an offset
 * (`2025-06-03T10:02:53.767`), so the calendar date is the one printed. `0001-01-01` is its
 * "no date".
 */
const legisDate = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value.trim() === "") return null;
    const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
    if (match?.[1]?.startsWith("0001-")) return null;
    if (!match || !isoDate.safeParse(match[1]).success) {
      ctx.addIssue({ code: "custom", message: `not a LEGISinfo date: "${value}"` });
      return z.NEVER;
    }
    return match[1]!;
  });

const text = z.string().nullish();
const Bill = z.object({
  BillId: z.number().int().positive(),
  BillNumberFormatted: z.string().regex(/^\s*[CS]-\d+[A-Z]?\s*$/i, "bill number must look like C-332 or S-5"),
  ParlSessionCode: z
    .string()
    .regex(/^\d+-\d+$/, "session code must look like 44-1")
    .nullish(),
  ParliamentNumber: z.number().int().positive().nullish(),
  SessionNumber: z.number().int().positive().nullish(),
  LongTitleEn: text,
  LongTitleFr: text,
  ShortTitleEn: text,
  ShortTitleFr: text,
  BillTypeEn: text,
  SponsorEn: text,
  OriginatingChamberId: z.union([z.literal(1), z.literal(2)]).nullish(),
  CurrentStatusEn: text,
  CurrentStatusFr: text,
  LatestActivityDateTime: legisDate,
  ...Object.fromEntries(STAGE_FIELDS.map((field) => [field, legisDate])),
});
type Bill = z.output<typeof Bill> & Record<string, string | null | undefined>;

/** A LEGISinfo bill list. */
export function parseLegisinfoBills(raw: RawSource): ParseResult<LegisinfoBills> {
  const items = readJsonArray(raw, "a LEGISinfo bill list");
  const bills: BillRecord[] = [];
  const stages: BillStageRecord[] = [];
  const rejects: Reject[] = [];
  const ids = new FirstSeen();
  const numbers = new FirstSeen();

  items.forEach((item, index) => {
    const sourceId = sourceIdOf(item);
    const row = validate(Bill, item);
    const bill = row.ok ? toBill(row.value as Bill) : row.reason;
    const reason =
      typeof bill === "string"
        ? bill
        : (ids.duplicate(String(bill.record.legisinfoId), index, "BillId") ??
          numbers.duplicate(`${bill.record.sessionCode} ${bill.record.number}`, index, "bill"));
    if (typeof bill === "string" || reason !== null) {
      rejects.push({ index, sourceId, reason: reason! });
      return;
    }
    bills.push(bill.record);
    stages.push(...bill.stages);
  });
  return { records: { bills, stages }, rejects };
}

function toBill(row: Bill): { record: BillRecord; stages: BillStageRecord[] } | string {
  const sessionCode = row.ParlSessionCode ?? (row.ParliamentNumber && row.SessionNumber ? `${row.ParliamentNumber}-${row.SessionNumber}` : null);
  if (sessionCode === null) return "no ParlSessionCode, ParliamentNumber or SessionNumber";
  if (row.ParliamentNumber && row.SessionNumber && sessionCode !== `${row.ParliamentNumber}-${row.SessionNumber}`) {
    return `ParlSessionCode ${sessionCode} contradicts ParliamentNumber ${row.ParliamentNumber} and SessionNumber ${row.SessionNumber}`;
  }

  const number = row.BillNumberFormatted.trim().toUpperCase();
  // The letter is the constitutional fact (C- bills start in the Commons, S- bills in the Senate).
  const byLetter: Chamber = number.startsWith("C") ? "house" : "senate";
  const byId: Chamber | null = row.OriginatingChamberId === 1 ? "house" : row.OriginatingChamberId === 2 ? "senate" : null;
  if (byId !== null && byId !== byLetter) return `OriginatingChamberId ${row.OriginatingChamberId} contradicts bill number ${number}`;

  const reached: ReachedStage[] = stagesInOrder(byLetter)
    .flatMap((stage) => (row[stage.field] ? [{ ...stage, date: row[stage.field]! }] : []))
    // Stages on one day keep their procedural order (a bill can pass third reading and be read
    // a first time in the other chamber the same afternoon).
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const billType = cleanText(row.BillTypeEn);
  const statusTextEn = cleanText(row.CurrentStatusEn);

  const record: BillRecord = {
    legisinfoId: row.BillId,
    sessionCode,
    number,
    numberOnly: Number(/\d+/.exec(number)![0]),
    originatingChamber: byLetter,
    longTitleEn: cleanText(row.LongTitleEn),
    longTitleFr: cleanText(row.LongTitleFr),
    shortTitleEn: cleanText(row.ShortTitleEn),
    shortTitleFr: cleanText(row.ShortTitleFr),
    billType,
    privateMember: billType === null ? null : /private member/i.test(billType.replace(/’/g, "'")),
    sponsorName: cleanText(row.SponsorEn),
    ...billStatus(reached, statusTextEn, row.LatestActivityDateTime ?? null),
    statusTextEn,
    statusTextFr: cleanText(row.CurrentStatusFr),
    introducedDate: reached.find((s) => s.stage === "first_reading" && s.chamber === byLetter)?.date ?? reached[0]?.date ?? null,
  };
  const stages = reached.map(
    (s): BillStageRecord => ({
      billLegisinfoId: row.BillId,
      sessionCode,
      billNumber: number,
      stage: s.stage,
      chamber: s.chamber,
      date: s.date,
      descriptionEn: s.en,
      descriptionFr: s.fr,
    }),
  );
  return { record, stages };
}

function sourceIdOf(item: unknown): string | null {
  if (typeof item !== "object" || item === null) return null;
  const { BillId, BillNumberFormatted } = item as { BillId?: unknown; BillNumberFormatted?: unknown };
  if (typeof BillId === "number" || typeof BillId === "string") return String(BillId);
  return typeof BillNumberFormatted === "string" ? BillNumberFormatted : null;
}
