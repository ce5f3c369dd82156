import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * Idempotent bulk upserts into D1 that also tell what they changed. Rows are written as
 * `INSERT … SELECT … FROM json_each(?) ON CONFLICT DO UPDATE … WHERE <something differs>`, so
 * re-loading an unchanged record writes nothing and counts as `unchanged`, and a table's rows
 * take one statement however many there are (D1 binds at most 100 parameters per statement;
 * these bind one). Drizzle cannot say such a statement, so it is written here, but every table
 * and column name in it comes from a spec checked against the drizzle schema (`tableSpec`), never
 * from input: a column renamed in the schema fails type-checking wherever a loader names it.
 */

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

/**
 * A JSON parameter's size bound, in UTF-16 units: at most 3 bytes each in UTF-8, so within D1's
 * 2 MB per string value with room to spare.
 */
const MAX_JSON_CHARS = 600_000;

const keyOf = <C extends string>(spec: { key: readonly C[] }, row: Partial<Row<C>>) => JSON.stringify(spec.key.map((k) => row[k] ?? null));

/** How the rows of the JSON parameter are named in the SQL written around it. */
const INCOMING = "incoming";

/**
 * The SQL that reads each column of a row from the JSON parameter: a plain value is one element
 * of the row's array, an expression has each of its placeholders read from the next one.
 */
function readCells(expressions: readonly string[]): string[] {
  let next = 0;
  return expressions.map((text) => text.split("?").reduce((out, part) => `${out}(${INCOMING}.value ->> ${next++})${part}`));
}

/** Rows that share the SQL of every column (plain values, or the same expressions), in groups whose JSON stays within bounds. */
function chunkByShape<C extends string>(rows: Row<C>[], columns: readonly C[]): { expressions: string[]; rows: Row<C>[]; json: string }[] {
  const shapes = new Map<string, { expressions: string[]; parts: { rows: Row<C>[]; values: string[]; chars: number }[] }>();
  for (const row of rows) {
    // Rows of plain values, the bulk of any load, share one shape without spelling it out.
    const shapeKey = columns.some((c) => isSql(row[c])) ? columns.map((c) => placeholder(row[c])).join("\u0000") : "";
    let shape = shapes.get(shapeKey);
    if (!shape) {
      shape = { expressions: columns.map((c) => placeholder(row[c])), parts: [] };
      shapes.set(shapeKey, shape);
    }
    const params: Value[] = [];
    for (const c of columns) {
      const cell = row[c];
      if (isSql(cell)) params.push(...cell.params);
      else params.push(cell ?? null);
    }
    const values = JSON.stringify(params);
    let part = shape.parts.at(-1);
    if (!part || (part.rows.length > 0 && part.chars + values.length > MAX_JSON_CHARS)) {
      part = { rows: [], values: [], chars: 0 };
      shape.parts.push(part);
    }
    part.rows.push(row);
    part.values.push(values);
    part.chars += values.length + 1;
  }
  return [...shapes.values()].flatMap((shape) =>
    shape.parts.map((part) => ({ expressions: shape.expressions, rows: part.rows, json: `[${part.values.join(",")}]` })),
  );
}

/** The columns an existing row takes from the load, and those it takes only to fill a gap. */
function changedColumns<C extends string>(spec: TableSpec<SQLiteTable, C>): { updatable: C[]; fillable: readonly C[] } {
  return {
    updatable: (spec.updateColumns ?? spec.columns).filter((c) => !spec.key.includes(c) && !spec.fillColumns?.includes(c)),
    fillable: spec.fillColumns ?? [],
  };
}

/**
 * Whether the existing row differs from the loaded one (`loaded(c)` is the SQL of a loaded
 * column): the condition under which an upsert updates it, and what counts as an update.
 */
function differs<C extends string>(spec: TableSpec<SQLiteTable, C>, loaded: (column: C) => string): string {
  const table = getTableName(spec.table);
  const { updatable, fillable } = changedColumns(spec);
  return [...updatable.map((c) => `${table}.${c} IS NOT ${loaded(c)}`), ...fillable.map((c) => `(${table}.${c} IS NULL AND ${loaded(c)} IS NOT NULL)`)].join(
    " OR ",
  );
}

/** `ON CONFLICT …`: what an upsert does to a row that exists, which is nothing unless a column differs. */
function conflictClause<C extends string>(spec: TableSpec<SQLiteTable, C>): string {
  const table = getTableName(spec.table);
  const { updatable, fillable } = changedColumns(spec);
  if (updatable.length === 0 && fillable.length === 0) return `ON CONFLICT (${spec.key.join(", ")}) DO NOTHING`;
  const set = [
    ...updatable.map((c) => `${c} = excluded.${c}`),
    ...fillable.map((c) => `${c} = coalesce(${table}.${c}, excluded.${c})`),
    ...(spec.touchesUpdatedAt ? ["updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"] : []),
  ];
  return `ON CONFLICT (${spec.key.join(", ")}) DO UPDATE SET ${set.join(", ")} WHERE ${differs(spec, (c) => `excluded.${c}`)}`;
}

/**
 * The upsert of one row as a statement of its own, every column a `?`: what raw SQLite runs to
 * write the same rows one at a time (the benchmark's baseline).
 */
export function singleRowUpsertSql<C extends string>(spec: TableSpec<SQLiteTable, C>): string {
  const table = getTableName(spec.table);
  return `INSERT INTO ${table} (${spec.columns.join(", ")}) VALUES (${spec.columns.map(() => "?").join(", ")}) ${conflictClause(spec)}`;
}

/** What an upsert queues into a batch, and how to read what it did from that batch's results. */
export interface UpsertPlan<C extends string = string> {
  statements: D1PreparedStatement[];
  /** Counts and the rows inserted, from the results of `statements`, in order. */
  tally(results: D1Result[]): UpsertCounts & { insertedRows: Row<C>[] };
}

/**
 * The statements that upsert `rows` (unique by key: see `dedupe`), to run in one `db.batch`, alone
 * or with others. Each group of rows is bound as one JSON parameter, whatever its size, so D1's
 * 100 parameters per statement never split a document into hundreds of statements. A group takes
 * two statements: first what the upsert will do, row by row (no row with the key: an insert; one
 * that differs: an update; else nothing), answered as one row of counts; then the upsert. Both
 * run in the batch's transaction, one after the other, so the count is exact and costs no round
 * trip of its own. Neither `meta.changes` (it counts the writes triggers make too) nor a row
 * returned per row written (costly by the million) is needed.
 */
export function upsertPlan<T extends SQLiteTable, C extends ColumnName<T>>(db: D1Database, spec: TableSpec<T, C>, rows: NoInfer<Row<C>>[]): UpsertPlan<C> {
  const table = getTableName(spec.table);
  const conflict = conflictClause(spec);
  const parts = chunkByShape(rows, spec.columns);
  const statements = parts.flatMap((part) => {
    const cells = readCells(part.expressions);
    const loaded = (c: C) => cells[spec.columns.indexOf(c)]!;
    const sameKey = spec.key.map((k) => `${table}.${k} = ${loaded(k)}`).join(" AND ");
    const changes = differs(spec, loaded) || "false";
    const from = `FROM json_each(?) AS ${INCOMING}`;
    return [
      db
        .prepare(
          `SELECT json_group_array(${INCOMING}.key) FILTER (WHERE ${table}.rowid IS NULL) AS inserted,
             count(*) FILTER (WHERE ${table}.rowid IS NOT NULL AND (${changes})) AS updated
           ${from} LEFT JOIN ${table} ON ${sameKey}`,
        )
        .bind(part.json),
      // `WHERE true` tells SQLite the ON CONFLICT that follows is the upsert's, not a join's.
      db.prepare(`INSERT INTO ${table} (${spec.columns.join(", ")}) SELECT ${cells.join(", ")} ${from} WHERE true ${conflict}`).bind(part.json),
    ];
  });
  return {
    statements,
    tally(results) {
      const insertedRows: Row<C>[] = [];
      let updated = 0;
      parts.forEach((part, n) => {
        const [counts] = (results[2 * n]?.results ?? []) as { inserted: string; updated: number }[];
        for (const i of JSON.parse(counts?.inserted ?? "[]") as number[]) insertedRows.push(part.rows[i]!);
        updated += counts?.updated ?? 0;
      });
      const inserted = insertedRows.length;
      return { inserted, updated, unchanged: rows.length - inserted - updated, insertedRows };
    },
  };
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
