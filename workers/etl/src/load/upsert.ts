import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * Idempotent bulk upserts into D1 that also tell what they changed. Rows are written as
 * multi-row `INSERT … ON CONFLICT DO UPDATE … WHERE <something differs>`, so re-loading an
 * unchanged record writes nothing and counts as `unchanged`; statements are sized to D1's 100
 * bound parameters. Drizzle cannot say such a statement, so it is written here, but every table
 * and column name in it comes from a spec checked against the drizzle schema (`tableSpec`), never
 * from input: a column renamed in the schema fails type-checking wherever a loader names it.
 */

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMS = 100;

export type Value = string | number | null;

/**
 * An SQL expression written in place of a value, evaluated when its statement runs: how a row
 * refers to another row the same document creates, whose id does not exist until then
 * (`(SELECT id FROM members WHERE slug = ?)`). A key column holds one only for a row that is new
 * with it, as a row referring to a row not yet written cannot already exist.
 */
export interface Sql {
  sql: string;
  params: Value[];
}

export type Cell = Value | Sql;

/** The SQL names of a drizzle table's columns (`name_en`, not `nameEn`): what specs, rows and raw statements name. */
export type ColumnName<T extends SQLiteTable> = T["_"]["columns"][keyof T["_"]["columns"]]["_"]["name"];

/** One row to write: a cell for each of its spec's columns, by SQL name. */
export type Row<C extends string = string> = Record<C, Cell>;

/** A row of a spec: `RowOf<typeof STATEMENTS>`. */
export type RowOf<S extends { columns: readonly string[] }> = Row<S["columns"][number]>;

const isSql = (cell: Cell | undefined): cell is Sql => typeof cell === "object" && cell !== null;

/** `sql("(SELECT id FROM t WHERE a = ? AND b = ?)", x, y)`; an argument may itself be an expression, spliced in. */
export function sql(text: string, ...args: Cell[]): Sql {
  const parts = text.split("?");
  if (parts.length !== args.length + 1) throw new Error(`${args.length} arguments for ${parts.length - 1} placeholders in ${text}`);
  const params: Value[] = [];
  let out = parts[0]!;
  args.forEach((arg, i) => {
    if (isSql(arg)) {
      out += arg.sql;
      params.push(...arg.params);
    } else {
      out += "?";
      params.push(arg);
    }
    out += parts[i + 1]!;
  });
  return { sql: out, params };
}

/**
 * `(SELECT id FROM <table> WHERE <a> = ? AND <b> = ?)`: the id of the row with this natural key,
 * for a row the same batch creates (see `Sql`). Names come from the schema, in the key's order.
 */
export function idByKey<T extends SQLiteTable>(table: T & ("id" extends ColumnName<T> ? unknown : never), key: Partial<Row<ColumnName<T>>>): Sql {
  const columns = Object.keys(key) as ColumnName<T>[];
  return sql(`(SELECT id FROM ${getTableName(table)} WHERE ${columns.map((c) => `${c} = ?`).join(" AND ")})`, ...columns.map((c) => key[c] ?? null));
}

const placeholder = (cell: Cell | undefined) => (isSql(cell) ? cell.sql : "?");
const paramsOf = (cell: Cell | undefined): Value[] => (isSql(cell) ? cell.params : [cell ?? null]);

/** How one table is upserted; made with `tableSpec`, which checks every name against the drizzle schema. */
export interface TableSpec<T extends SQLiteTable = SQLiteTable, C extends ColumnName<T> = ColumnName<T>> {
  /** The drizzle table written: its name, and the columns every list below is checked against. */
  table: T;
  /** Columns written, in order; every row supplies each of them. */
  columns: readonly C[];
  /** The conflict target: a unique index over these columns. */
  key: readonly C[];
  /** Whether the table's `updated_at` provenance column is bumped on change. */
  touchesUpdatedAt?: boolean;
  /**
   * Columns an existing row takes from the load (default: every non-key column). A source that
   * only completes rows another source owns updates just the columns it is the authority for.
   */
  updateColumns?: readonly C[];
  /**
   * Columns an existing row takes from the load only while it has no value there: a secondary
   * source fills gaps but never overwrites what the authoritative source wrote.
   */
  fillColumns?: readonly C[];
}

/**
 * A table spec, checked against the drizzle schema: every column named must be one of the
 * table's (by SQL name), the key and the updated or filled columns must be among those written,
 * and only a table with `updated_at` may bump it.
 */
export function tableSpec<T extends SQLiteTable, const C extends ColumnName<T>>(
  table: T,
  spec: {
    columns: readonly C[];
    key: readonly NoInfer<C>[];
    touchesUpdatedAt?: "updated_at" extends ColumnName<T> ? boolean : never;
    updateColumns?: readonly NoInfer<C>[];
    fillColumns?: readonly NoInfer<C>[];
  },
): TableSpec<T, C> {
  return { table, ...spec };
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows in groups whose parameters stay within D1's limit (expressions bind more than one). */
function chunkByParams<C extends string>(rows: Row<C>[], columns: readonly C[]): Row<C>[][] {
  const out: Row<C>[][] = [];
  let part: Row<C>[] = [];
  let used = 0;
  for (const row of rows) {
    const n = columns.reduce((sum, c) => sum + paramsOf(row[c]).length, 0);
    if (part.length > 0 && used + n > MAX_PARAMS) {
      out.push(part);
      part = [];
      used = 0;
    }
    part.push(row);
    used += n;
  }
  if (part.length > 0) out.push(part);
  return out;
}

const keyOf = <C extends string>(spec: { key: readonly C[] }, row: Partial<Row<C>>) => JSON.stringify(spec.key.map((k) => row[k] ?? null));

/** The statements that upsert `rows`; run them with `db.batch` (alone or with others, atomically). */
export function upsertStatements<T extends SQLiteTable, C extends ColumnName<T>>(
  db: D1Database,
  spec: TableSpec<T, C>,
  rows: NoInfer<Row<C>>[],
): D1PreparedStatement[] {
  if (rows.length === 0) return [];
  const table = getTableName(spec.table);
  const updatable = (spec.updateColumns ?? spec.columns).filter((c) => !spec.key.includes(c) && !spec.fillColumns?.includes(c));
  const fillable = spec.fillColumns ?? [];
  const differs = [
    ...updatable.map((c) => `${table}.${c} IS NOT excluded.${c}`),
    ...fillable.map((c) => `(${table}.${c} IS NULL AND excluded.${c} IS NOT NULL)`),
  ].join(" OR ");
  const set = [
    ...updatable.map((c) => `${c} = excluded.${c}`),
    ...fillable.map((c) => `${c} = coalesce(${table}.${c}, excluded.${c})`),
    ...(spec.touchesUpdatedAt && (updatable.length || fillable.length) ? ["updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"] : []),
  ];
  const tuple = (row: Row<C>) => `(${spec.columns.map((c) => placeholder(row[c])).join(", ")})`;
  const target = `(${spec.key.join(", ")})`;
  const conflict = updatable.length || fillable.length ? `DO UPDATE SET ${set.join(", ")} WHERE ${differs}` : "DO NOTHING";

  // RETURNING yields one row per row inserted or updated (none for those left alone), which
  // counts the load exactly; `meta.changes` would also count writes made by triggers.
  return chunkByParams(rows, spec.columns).map((part) =>
    db
      .prepare(
        `INSERT INTO ${table} (${spec.columns.join(", ")}) VALUES ${part.map(tuple).join(", ")} ON CONFLICT ${target} ${conflict} RETURNING 1 AS written`,
      )
      .bind(...part.flatMap((row) => spec.columns.flatMap((c) => paramsOf(row[c])))),
  );
}

/**
 * Which of `rows` already exist, by key: what tells an insert from an update. A row whose key
 * refers to a row not yet written (an expression) is new.
 */
async function existingKeys<C extends string>(db: D1Database, spec: TableSpec<SQLiteTable, C>, allRows: Row<C>[]): Promise<Set<string>> {
  const found = new Set<string>();
  const table = getTableName(spec.table);
  const rows = allRows.filter((row) => !spec.key.some((k) => isSql(row[k])));
  const perQuery = Math.max(1, Math.floor(MAX_PARAMS / spec.key.length));
  const tuple = spec.key.length === 1 ? "?" : `(${spec.key.map(() => "?").join(", ")})`;
  const column = spec.key.length === 1 ? spec.key[0] : `(${spec.key.join(", ")})`;
  for (const part of chunk(rows, perQuery)) {
    const list = spec.key.length === 1 ? part.map(() => tuple).join(", ") : `VALUES ${part.map(() => tuple).join(", ")}`;
    const { results } = await db
      .prepare(`SELECT ${spec.key.join(", ")} FROM ${table} WHERE ${column} IN (${list})`)
      .bind(...part.flatMap((row) => spec.key.flatMap((k) => paramsOf(row[k]))))
      .all<Row<C>>();
    for (const row of results) found.add(keyOf(spec, row));
  }
  return found;
}

/** The keys of `unique` rows that do not exist yet: the rows an upsert of them inserts. */
export async function newKeys<C extends string>(db: D1Database, spec: TableSpec<SQLiteTable, C>, unique: Row<C>[]): Promise<Set<string>> {
  const existing = await existingKeys(db, spec, unique);
  return new Set(unique.map((r) => keyOf(spec, r)).filter((k) => !existing.has(k)));
}

/**
 * What an upsert did, from its statements' results: a row whose key was absent was inserted; of
 * the rest, those the statements touched (RETURNING) were updated, the others unchanged.
 */
export function upsertCounts(rows: number, insertedKeys: Set<string>, results: D1Result[]): UpsertCounts {
  const changes = results.reduce((n, r) => n + (r.results?.length ?? 0), 0);
  const inserted = insertedKeys.size;
  const updated = Math.max(0, changes - inserted);
  return { inserted, updated, unchanged: rows - inserted - updated };
}

/** Upserts `rows` of one table in one transaction and counts what changed. */
export async function upsert<T extends SQLiteTable, C extends ColumnName<T>>(
  db: D1Database,
  spec: TableSpec<T, C>,
  rows: NoInfer<Row<C>>[],
): Promise<UpsertCounts & { insertedKeys: Set<string> }> {
  const unique = dedupe(spec, rows);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, insertedKeys: new Set() };
  const insertedKeys = await newKeys(db, spec, unique);
  const results = await db.batch(upsertStatements(db, spec, unique));
  return { ...upsertCounts(unique.length, insertedKeys, results), insertedKeys };
}

/** The last of several rows with one key wins, as it would on reload; one statement may not hold both. */
export function dedupe<C extends string>(spec: { key: readonly C[] }, rows: Row<C>[]): Row<C>[] {
  return [...new Map(rows.map((r) => [keyOf(spec, r), r])).values()];
}

/** A row's key as `upsert` and `DocumentBatch.upsert` report inserted keys; only the key's columns are read. */
export function keyString<C extends string>(spec: { key: readonly C[] }, row: Partial<Row<C>>): string {
  return keyOf(spec, row);
}

export function addCounts(a: UpsertCounts, b: UpsertCounts): UpsertCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}
