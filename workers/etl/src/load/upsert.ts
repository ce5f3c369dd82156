/**
 * Idempotent bulk upserts into D1 that also tell what they changed. Rows are written as
 * multi-row `INSERT … ON CONFLICT DO UPDATE … WHERE <something differs>`, so re-loading an
 * unchanged record writes nothing and counts as `unchanged`; statements are sized to D1's 100
 * bound parameters. Table and column names come from the loaders' own specs, never from input.
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
export type Row = Record<string, Cell>;

export const isSql = (cell: Cell | undefined): cell is Sql => typeof cell === "object" && cell !== null;

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

const placeholder = (cell: Cell | undefined) => (isSql(cell) ? cell.sql : "?");
const paramsOf = (cell: Cell | undefined): Value[] => (isSql(cell) ? cell.params : [cell ?? null]);

export interface TableSpec {
  table: string;
  /** Columns written, in order; every row supplies each of them. */
  columns: readonly string[];
  /** The conflict target: a unique index over these columns. */
  key: readonly string[];
  /** An optional partial-index predicate for the conflict target (`kind = 'debates'`). */
  keyWhere?: string;
  /** Whether the table has the `updated_at` provenance column to bump on change. */
  touchesUpdatedAt?: boolean;
  /**
   * Columns an existing row takes from the load (default: every non-key column). A source that
   * only completes rows another source owns updates just the columns it is the authority for.
   */
  updateColumns?: readonly string[];
  /**
   * Columns an existing row takes from the load only while it has no value there: a secondary
   * source fills gaps but never overwrites what the authoritative source wrote.
   */
  fillColumns?: readonly string[];
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
function chunkByParams(rows: Row[], columns: readonly string[]): Row[][] {
  const out: Row[][] = [];
  let part: Row[] = [];
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

const keyOf = (spec: TableSpec, row: Row) => JSON.stringify(spec.key.map((k) => row[k] ?? null));

/** The statements that upsert `rows`; run them with `db.batch` (alone or with others, atomically). */
export function upsertStatements(db: D1Database, spec: TableSpec, rows: Row[]): D1PreparedStatement[] {
  if (rows.length === 0) return [];
  const updatable = (spec.updateColumns ?? spec.columns).filter((c) => !spec.key.includes(c) && !spec.fillColumns?.includes(c));
  const fillable = spec.fillColumns ?? [];
  const differs = [
    ...updatable.map((c) => `${spec.table}.${c} IS NOT excluded.${c}`),
    ...fillable.map((c) => `(${spec.table}.${c} IS NULL AND excluded.${c} IS NOT NULL)`),
  ].join(" OR ");
  const set = [
    ...updatable.map((c) => `${c} = excluded.${c}`),
    ...fillable.map((c) => `${c} = coalesce(${spec.table}.${c}, excluded.${c})`),
    ...(spec.touchesUpdatedAt && (updatable.length || fillable.length) ? ["updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"] : []),
  ];
  const tuple = (row: Row) => `(${spec.columns.map((c) => placeholder(row[c])).join(", ")})`;
  const target = `(${spec.key.join(", ")})${spec.keyWhere ? ` WHERE ${spec.keyWhere}` : ""}`;
  const conflict = updatable.length || fillable.length ? `DO UPDATE SET ${set.join(", ")} WHERE ${differs}` : "DO NOTHING";

  // RETURNING yields one row per row inserted or updated (none for those left alone), which
  // counts the load exactly; `meta.changes` would also count writes made by triggers.
  return chunkByParams(rows, spec.columns).map((part) =>
    db
      .prepare(
        `INSERT INTO ${spec.table} (${spec.columns.join(", ")}) VALUES ${part.map(tuple).join(", ")} ON CONFLICT ${target} ${conflict} RETURNING 1 AS written`,
      )
      .bind(...part.flatMap((row) => spec.columns.flatMap((c) => paramsOf(row[c])))),
  );
}

/**
 * Which of `rows` already exist, by key: what tells an insert from an update. A row whose key
 * refers to a row not yet written (an expression) is new.
 */
export async function existingKeys(db: D1Database, spec: TableSpec, allRows: Row[]): Promise<Set<string>> {
  const found = new Set<string>();
  const rows = allRows.filter((row) => !spec.key.some((k) => isSql(row[k])));
  const perQuery = Math.max(1, Math.floor(MAX_PARAMS / spec.key.length));
  const tuple = spec.key.length === 1 ? "?" : `(${spec.key.map(() => "?").join(", ")})`;
  const column = spec.key.length === 1 ? spec.key[0] : `(${spec.key.join(", ")})`;
  for (const part of chunk(rows, perQuery)) {
    const list = spec.key.length === 1 ? part.map(() => tuple).join(", ") : `VALUES ${part.map(() => tuple).join(", ")}`;
    const where = spec.keyWhere ? ` AND ${spec.keyWhere}` : "";
    const { results } = await db
      .prepare(`SELECT ${spec.key.join(", ")} FROM ${spec.table} WHERE ${column} IN (${list})${where}`)
      .bind(...part.flatMap((row) => spec.key.flatMap((k) => paramsOf(row[k]))))
      .all<Row>();
    for (const row of results) found.add(keyOf(spec, row));
  }
  return found;
}

/** The keys of `unique` rows that do not exist yet: the rows an upsert of them inserts. */
export async function newKeys(db: D1Database, spec: TableSpec, unique: Row[]): Promise<Set<string>> {
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
export async function upsert(db: D1Database, spec: TableSpec, rows: Row[]): Promise<UpsertCounts & { insertedKeys: Set<string> }> {
  const unique = dedupe(spec, rows);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, insertedKeys: new Set() };
  const insertedKeys = await newKeys(db, spec, unique);
  const results = await db.batch(upsertStatements(db, spec, unique));
  return { ...upsertCounts(unique.length, insertedKeys, results), insertedKeys };
}

/** The last of several rows with one key wins, as it would on reload; one statement may not hold both. */
export function dedupe(spec: TableSpec, rows: Row[]): Row[] {
  return [...new Map(rows.map((r) => [keyOf(spec, r), r])).values()];
}

export function keyString(spec: TableSpec, row: Row): string {
  return keyOf(spec, row);
}

export function addCounts(a: UpsertCounts, b: UpsertCounts): UpsertCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
}
