// The raw-SQLite baseline: better-sqlite3 writing the same rows into the same schema, with
// nothing in between (no Worker, no RPC to D1, no batching to D1's limits). Its database is a
// file in WAL mode with synchronous=FULL, as local D1 keeps its own: one file per database in
// Miniflare's temporary directory, WAL, and an fsync at every commit.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unstable_splitSqlQuery } from "wrangler";
import { root } from "../../scripts/workers.mjs";
import { SYNTHETIC_SESSION, syntheticDivision } from "./synthetic-divisions.mjs";

export function openDatabase(path) {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  return db;
}

/** The civic schema from the same migration files, split by wrangler's own splitter. */
export function createCivicSchema(db) {
  const dir = join(root, "migrations", "civic");
  for (const file of readdirSync(dir)
    .filter((f) => /^\d{4}_.*\.sql$/.test(f))
    .sort()) {
    for (const statement of unstable_splitSqlQuery(readFileSync(join(dir, file), "utf8"))) db.exec(statement);
  }
}

const FTS_SHADOW_SUFFIXES = ["_data", "_idx", "_content", "_docsize", "_config"];

/**
 * The schema's ordinary tables. Full-text indexes (virtual tables and their shadow tables) are
 * left out: triggers on the ordinary tables fill them, in the baseline as in D1.
 */
export function tableNames(db) {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  const virtual = tables.filter((t) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(t.sql ?? "")).map((t) => t.name);
  const shadows = new Set(virtual.flatMap((v) => FTS_SHADOW_SUFFIXES.map((suffix) => `${v}${suffix}`)));
  return tables.map((t) => t.name).filter((name) => !virtual.includes(name) && !shadows.has(name));
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `work` and measures it: wall and this process's CPU, in ms. */
export function measure(work) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const result = work();
  return { result, ms: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

/**
 * Tables that triggers on other tables write (search suggestions counted from statements, say):
 * derived from the rows the ETL writes, so the baseline leaves them to the same triggers.
 */
export function triggerWrittenTables(db) {
  const written = new Set();
  const target = /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+[`"]?(\w+)/gi;
  for (const { tbl_name: on, sql } of db.prepare("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").all()) {
    const body = sql.slice(sql.search(/\bBEGIN\b/i));
    for (const [, table] of body.matchAll(target)) if (table !== on) written.add(table);
  }
  return written;
}

/**
 * Inserts every table's rows (as exported from D1, every column) in one transaction, one prepared
 * INSERT per table. Foreign keys are checked at commit, so tables can go in any order.
 */
export function insertRows(db, rowsByTable) {
  const plans = Object.entries(rowsByTable).map(([table, rows]) => {
    const columns = db.pragma(`table_info(${table})`).map((c) => c.name);
    const missing = rows.length ? columns.filter((c) => !(c in rows[0])) : [];
    if (missing.length) throw new Error(`${table}: the exported rows lack ${missing.join(", ")}`);
    return {
      statement: db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`),
      values: rows.map((r) => columns.map((c) => r[c] ?? null)),
    };
  });
  return measure(() => {
    let rows = 0;
    db.transaction(() => {
      db.pragma("defer_foreign_keys = ON");
      for (const p of plans) for (const v of p.values) rows += p.statement.run(v).changes;
    })();
    return rows;
  });
}

export function insertSyntheticSession(db) {
  const s = SYNTHETIC_SESSION;
  db.prepare(
    "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, source) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
  ).run(s.code, s.parliament_number, s.session_number, s.name_en, s.name_fr, s.source);
}

/**
 * Loads synthetic divisions [0, count) with single-row upserts: the ETL's own upsert of one row
 * (`INSERT … VALUES (?, …) ON CONFLICT DO UPDATE … WHERE <a column differs>`, from
 * `singleRowUpsertSql`), prepared once. Each division is one transaction, or all of them are one.
 *
 * @param {{ DIVISIONS: object, BALLOTS: object, singleRowUpsertSql: Function }} etl
 */
export function loadSynthetic(db, etl, templates, count, { oneTransaction, perSitting, onProgress = () => {} }) {
  const upsertDivision = db.prepare(etl.singleRowUpsertSql(etl.DIVISIONS));
  const upsertBallot = db.prepare(etl.singleRowUpsertSql(etl.BALLOTS));
  const divisionId = db.prepare("SELECT id FROM divisions WHERE session_code = ? AND number = ?").pluck();
  const divisionColumns = etl.DIVISIONS.columns;
  const ballotColumns = etl.BALLOTS.columns;
  const step = Math.max(1, Math.ceil(count / 10));

  const totals = { divisions: 0, ballots: 0, changes: 0 };
  const one = (i) => {
    const d = syntheticDivision(templates, i, perSitting);
    totals.changes += upsertDivision.run(divisionColumns.map((c) => d.row[c] ?? null)).changes;
    const id = divisionId.get(d.row.session_code, d.row.number);
    for (const b of d.ballots) {
      const row = { division_id: id, ...b };
      totals.changes += upsertBallot.run(ballotColumns.map((c) => row[c] ?? null)).changes;
    }
    totals.divisions++;
    totals.ballots += d.ballots.length;
    if ((i + 1) % step === 0) onProgress(i + 1);
  };
  const inOne = db.transaction(() => {
    for (let i = 0; i < count; i++) one(i);
  });
  const each = db.transaction(one);
  return measure(() => {
    if (oneTransaction) inOne();
    else for (let i = 0; i < count; i++) each(i);
    return totals;
  });
}
