import type { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, inFileOrder, readCsv, validate } from "./common";

/**
 * Every opencivicdata/ocd-division-ids list is a CSV keyed by an OCD division id in its `id`
 * column. Each row is validated, turned into a record or a reason, and a repeated id is rejected.
 */
export function readDivisionCsv<S extends z.ZodType, R extends { ocdId: string }>(
  raw: RawSource,
  what: string,
  required: readonly string[],
  row: S,
  toRecord: (row: z.output<S>) => R | string,
): ParseResult<R[]> {
  const { records: rows, rejects } = readCsv(raw, ["id", ...required], what);
  const records: R[] = [];
  const failed: Reject[] = [];
  const ids = new FirstSeen();
  for (const { index, values } of rows) {
    const sourceId = values.id || null;
    const valid = validate(row, values);
    const record = valid.ok ? toRecord(valid.value) : valid.reason;
    const reason = typeof record === "string" ? record : ids.duplicate(record.ocdId, index, "division");
    if (typeof record === "string" || reason !== null) failed.push({ index, sourceId, reason: reason! });
    else records.push(record);
  }
  return { records, rejects: inFileOrder(rejects, failed) };
}

/** Optional text columns: absent or empty means not known. */
export const orNull = (value: string | undefined): string | null => (value === undefined || value.trim() === "" ? null : value.trim());
