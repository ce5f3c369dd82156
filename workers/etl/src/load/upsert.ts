/**
 * Idempotent bulk upserts into D1 that also tell what they changed. Rows are written as
 * multi-row `INSERT … ON CONFLICT DO UPDATE … WHERE <something differs>`, so re-loading an
 * unchanged record writes nothing and counts as `unchanged`; statements are sized to D1's 100
 * bound parameters. Table and column names come from the loaders' own specs, never from input.
 */

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMS = 100;

export type Value = string | number | null;
export type Row = Record<string, Value>;

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

const keyOf = (spec: TableSpec, row: Row) => JSON.stringify(spec.key.map((k) => row[k] ?? null));

/** The statements that upsert `rows`; run them with `db.batch` (alone or with others, atomically). */
export function upsertStatements(db: D1Database, spec: TableSpec, rows: Row[]): D1PreparedStatement[] {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / spec.columns.length));
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
  const tuple = `(${spec.columns.map(() => "?").join(", ")})`;
  const target = `(${spec.key.join(", ")})${spec.keyWhere ? ` WHERE ${spec.keyWhere}` : ""}`;
  const conflict = updatable.length || fillable.length ? `DO UPDATE SET ${set.join(", ")} WHERE ${differs}` : "DO NOTHING";

  // RETURNING yields one row per row inserted or updated (none for those left alone), which
  // counts the load exactly; `meta.changes` would also count writes made by triggers.
  return chunk(rows, perStatement).map((part) =>
    db
      .prepare(
        `INSERT INTO ${spec.table} (${spec.columns.join(", ")}) VALUES ${part.map(() => tuple).join(", ")} ON CONFLICT ${target} ${conflict} RETURNING 1 AS written`,
      )
      .bind(...part.flatMap((row) => spec.columns.map((c) => row[c] ?? null))),
  );
}

/** Which of `rows` already exist, by key: what tells an insert from an update. */
export async function existingKeys(db: D1Database, spec: TableSpec, rows: Row[]): Promise<Set<string>> {
  const found = new Set<string>();
  const perQuery = Math.max(1, Math.floor(MAX_PARAMS / spec.key.length));
  const tuple = spec.key.length === 1 ? "?" : `(${spec.key.map(() => "?").join(", ")})`;
  const column = spec.key.length === 1 ? spec.key[0] : `(${spec.key.join(", ")})`;
  for (const part of chunk(rows, perQuery)) {
    const list = spec.key.length === 1 ? part.map(() => tuple).join(", ") : `VALUES ${part.map(() => tuple).join(", ")}`;
    const where = spec.keyWhere ? ` AND ${spec.keyWhere}` : "";
    const { results } = await db
      .prepare(`SELECT ${spec.key.join(", ")} FROM ${spec.table} WHERE ${column} IN (${list})${where}`)
      .bind(...part.flatMap((row) => spec.key.map((k) => row[k] ?? null)))
      .all<Row>();
    for (const row of results) found.add(keyOf(spec, row));
  }
  return found;
}

/**
 * Upserts `rows` in one transaction and counts what changed: a row whose key was absent is
 * inserted; of the rest, those the statements touched were updated, the others unchanged.
 */
export async function upsert(db: D1Database, spec: TableSpec, rows: Row[]): Promise<UpsertCounts & { insertedKeys: Set<string> }> {
  const unique = dedupe(spec, rows);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, insertedKeys: new Set() };
  const existing = await existingKeys(db, spec, unique);
  const results = await db.batch(upsertStatements(db, spec, unique));
  const changes = results.reduce((n, r) => n + (r.results?.length ?? 0), 0);
  const insertedKeys = new Set(unique.map((r) => keyOf(spec, r)).filter((k) => !existing.has(k)));
  const inserted = insertedKeys.size;
  const updated = Math.max(0, changes - inserted);
  return { inserted, updated, unchanged: unique.length - inserted - updated, insertedKeys };
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
