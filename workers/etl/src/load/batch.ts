import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { addCounts, dedupe, keyString, sql, upsertPlan, type Cell, type ColumnName, type Row, type TableSpec, type UpsertCounts } from "./upsert";

type Tally = (results: D1Result[]) => UpsertCounts;

/**
 * The keys (`keyString`) of the rows an upsert inserts, known once its batch has committed: which
 * rows are new is read inside the batch, in the same transaction as the write.
 */
export class InsertedKeys {
  private rows: Row[] | undefined;
  private keys: Set<string> | undefined;

  constructor(private readonly spec: { key: readonly string[] }) {}

  has(key: string): boolean {
    // Spelled out on first use only: most tables' inserts are never asked about.
    this.keys ??= new Set(this.inserted().map((row) => keyString(this.spec, row)));
    return this.keys.has(key);
  }

  get size(): number {
    return this.inserted().length;
  }

  /** Called by the batch's commit with the rows the upsert inserted. */
  settle(rows: Row[]): void {
    this.rows = rows;
  }

  private inserted(): Row[] {
    if (!this.rows) throw new Error("which rows are new is known only once the batch has committed");
    return this.rows;
  }
}

/**
 * Everything one document writes, committed as one D1 batch: one transaction, so a document is
 * loaded whole or not at all, and a Worker killed in the middle of a load leaves nothing of it.
 * What the writes depend on is read while the batch is built (ids of rows other documents made);
 * rows this document creates are referred to inside the SQL by their natural keys (`idByKey(…)`
 * in upsert.ts), since their ids do not exist until the batch runs. Which rows an upsert inserts
 * is found inside the batch itself, just before it writes them.
 *
 * The reads and the batch are not one transaction. The ETL consumes one message at a time, so
 * nothing else writes in between; should a resumed run's duplicate job ever race one, a unique
 * key makes the batch fail whole and the queue redelivers the job, which reads again.
 */
export class DocumentBatch {
  private readonly statements: D1PreparedStatement[] = [];
  /** Each group of statements queued together, by where it ends, and how its results count. */
  private readonly groups: { end: number; tally: Tally }[] = [];

  constructor(readonly db: D1Database) {}

  /** Queues an upsert of `rows`; answers the keys of those it inserts, known after `commit` (for change events). */
  upsert<T extends SQLiteTable, C extends ColumnName<T>>(spec: TableSpec<T, C>, rows: NoInfer<Row<C>>[]): InsertedKeys {
    const inserted = new InsertedKeys(spec);
    const unique = dedupe(spec, rows);
    if (unique.length === 0) {
      inserted.settle([]);
      return inserted;
    }
    const plan = upsertPlan(this.db, spec, unique);
    this.add(plan.statements, (results) => {
      const { insertedRows, ...counts } = plan.tally(results);
      inserted.settle(insertedRows);
      return counts;
    });
    return inserted;
  }

  /** Queues statements that count as given, or (a function) as their results say. */
  write(statements: D1PreparedStatement | D1PreparedStatement[], counts: UpsertCounts | Tally = NOTHING): void {
    this.add([statements].flat(), typeof counts === "function" ? counts : () => counts);
  }

  /** A statement whose arguments may be expressions (rows this batch creates); see `sql()`. */
  prepare(text: string, ...args: Cell[]): D1PreparedStatement {
    const statement = sql(text, ...args);
    return this.db.prepare(statement.sql).bind(...statement.params);
  }

  /** Runs every queued statement in one transaction; answers what they did, summed. */
  async commit(): Promise<UpsertCounts> {
    if (this.statements.length === 0) return NOTHING;
    const results = await this.db.batch(this.statements);
    let from = 0;
    return this.groups.reduce((total, { end, tally }) => {
      const counts = tally(results.slice(from, end));
      from = end;
      return addCounts(total, counts);
    }, NOTHING);
  }

  /** How many statements were queued: what a document's write costs. */
  get size(): number {
    return this.statements.length;
  }

  private add(statements: D1PreparedStatement[], tally: Tally): void {
    this.statements.push(...statements);
    this.groups.push({ end: this.statements.length, tally });
  }
}

const NOTHING: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
export const INSERTED_ONE: UpsertCounts = { inserted: 1, updated: 0, unchanged: 0 };
export const UPDATED_ONE: UpsertCounts = { inserted: 0, updated: 1, unchanged: 0 };
export const UNCHANGED_ONE: UpsertCounts = { inserted: 0, updated: 0, unchanged: 1 };

/** Rows a statement's RETURNING lists, counted as updated: what removals count as. */
export const returnedAsUpdated: Tally = (results) => ({ inserted: 0, updated: results.reduce((n, r) => n + (r.results?.length ?? 0), 0), unchanged: 0 });

/** A document that is one table's rows: its upsert, in one transaction. */
export async function loadRows<T extends SQLiteTable, C extends ColumnName<T>>(
  db: D1Database,
  spec: TableSpec<T, C>,
  rows: NoInfer<Row<C>>[],
): Promise<UpsertCounts> {
  const batch = new DocumentBatch(db);
  batch.upsert(spec, rows);
  return batch.commit();
}
