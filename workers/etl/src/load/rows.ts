import type { DomainEvent } from "#shared/queues/messages";
import type { Reject } from "../parsers/common";
import type { LoadResult } from "./types";
import { addCounts, type Row, type UpsertCounts, type Value } from "./upsert";

/** `nameEn` → `name_en`: parser records use the schema's TypeScript names, SQL its column names. */
const column = (name: string) => name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/** A parser record as a row of the given columns; booleans become 0/1, objects JSON. `extra` cells are taken as they are. */
export function toRow<C extends string>(record: object, columns: readonly C[], extra: Partial<Row<C>> = {}): Row<C> {
  const byColumn = new Map(Object.entries(record).map(([k, v]) => [column(k), v]));
  const row = {} as Row<C>;
  for (const c of columns) {
    if (c in extra) {
      row[c] = extra[c] ?? null;
      continue;
    }
    const v = byColumn.get(c);
    row[c] = v === undefined || v === null ? null : typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "object" ? JSON.stringify(v) : (v as Value);
  }
  return row;
}

export const parserRejects = (rejects: Reject[]) => rejects.map((r) => ({ recordIndex: r.index, sourceId: r.sourceId, reason: r.reason }));

/** Sums per-table counts into one document's result. */
export function result(read: number, counts: UpsertCounts[], rejects: LoadResult["rejects"], events: DomainEvent[] = []): LoadResult {
  const total = counts.reduce(addCounts, { inserted: 0, updated: 0, unchanged: 0 });
  return { read, ...total, rejected: rejects.length, rejects, events };
}

/**
 * `{ key → id }` for a table, to turn natural keys from parsers into our foreign keys: the rows of
 * a drizzle select of `k` (the key) and `id`. A key that recurs keeps its last row's id.
 */
export async function idMap(rows: Promise<{ k: string | number | null; id: number }[]>): Promise<Map<string, number>> {
  return new Map((await rows).map((r) => [String(r.k), r.id]));
}
