// A Worker beside the ETL that drives it and reads what it did, from inside workerd: it calls the
// ETL's cron entry over a service binding (an RPC from Node through Miniflare's proxy would block
// Node's event loop, which also answers the ETL's fetches to the source mirror), reads runs and
// rows, and loads synthetic divisions through the ETL's own write path (`DocumentBatch`) against
// the same D1.
//
// DIVISIONS and BALLOTS are the table specs a sitting's divisions load with (load/hansard-divisions.ts),
// imported from there, so these loads write exactly what the ETL writes.
import { DocumentBatch } from "../../workers/etl/src/load/batch.ts";
import { BALLOTS, DIVISIONS } from "../../workers/etl/src/load/hansard-divisions.ts";
import { idByKey } from "../../workers/etl/src/load/upsert.ts";
import { MIRROR_KEY } from "../../workers/etl/src/runs.ts";
import { SUMMARY_SQL, SYNTHETIC_SESSION, syntheticDivision } from "./synthetic-divisions.mjs";

/** The real divisions the synthetic ones copy; set once by /synthetic/prime, before anything is timed. */
let templates;

const TABLE_NAME = /^[a-z_]+$/;

const routes = {
  "/mirror": async (env, { url }) => {
    await env.CONFIG.put(MIRROR_KEY, url);
    return { ok: true };
  },

  "/load-due": async (env) => env.ETL.loadDue(),

  "/runs": async (env) =>
    (
      await env.PLATFORM.prepare(
        `SELECT id, source, trigger, status, started_at, finished_at, documents_total, documents_done, documents_failed,
           read, inserted, updated, unchanged, rejected, error
         FROM etl_runs ORDER BY started_at, id`,
      ).all()
    ).results,

  /** Every source counts as never loaded, so the cron walks the dependency order again as on a first start. */
  "/expire": async (env) => ({ changes: (await env.PLATFORM.prepare("UPDATE etl_datasets SET last_success_at = NULL").run()).meta.changes }),

  /** One page of a table's rows, in rowid order. */
  "/export": async (env, { table, after, limit }) => {
    if (!TABLE_NAME.test(table)) throw new Error(`not a table name: ${table}`);
    const { results } = await env.CIVIC.prepare(`SELECT rowid AS _rowid_, * FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`).bind(after, limit).all();
    return results;
  },

  "/synthetic/prime": async (env, body) => {
    templates = body.templates;
    const s = SYNTHETIC_SESSION;
    await env.CIVIC.prepare(
      "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, source) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
    )
      .bind(s.code, s.parliament_number, s.session_number, s.name_en, s.name_fr, s.source)
      .run();
    return { templates: templates.length };
  },

  /**
   * Loads synthetic divisions [from, from + count) the way a sitting's divisions load
   * (`queueDivisions`): each sitting of `perSitting` divisions is one document batch, one
   * transaction, of their rows and all their ballots. A ballot names its division by id when the
   * division already exists (looked up first, as a sitting does) and by its key when the batch
   * creates it.
   */
  "/synthetic/load": async (env, { from, count, perSitting }) => {
    if (!templates) throw new Error("/synthetic/prime first");
    const db = env.CIVIC;
    const totals = { divisions: 0, ballots: 0, inserted: 0, updated: 0, unchanged: 0 };
    const add = (c) => {
      totals.inserted += c.inserted;
      totals.updated += c.updated;
      totals.unchanged += c.unchanged;
    };
    for (let start = from; start < from + count; start += perSitting) {
      const group = [];
      for (let i = start; i < Math.min(start + perSitting, from + count); i++) group.push(syntheticDivision(templates, i, perSitting));
      const batch = new DocumentBatch(db);
      batch.upsert(
        DIVISIONS,
        group.map((d) => d.row),
      );
      const { results } = await db
        .prepare("SELECT number, id FROM divisions WHERE session_code = ? AND number BETWEEN ? AND ?")
        .bind(SYNTHETIC_SESSION.code, group[0].row.number, group.at(-1).row.number)
        .all();
      const ids = new Map(results.map((r) => [r.number, r.id]));
      const divisionId = (number) => ids.get(number) ?? idByKey(DIVISIONS.table, { session_code: SYNTHETIC_SESSION.code, number });
      const ballots = group.flatMap((d) => d.ballots.map((b) => ({ division_id: divisionId(d.row.number), ...b })));
      batch.upsert(BALLOTS, ballots);
      add(await batch.commit());
      totals.divisions += group.length;
      totals.ballots += ballots.length;
    }
    return totals;
  },

  /** What the synthetic session holds, independent of row ids: to compare with the baseline's copy. */
  "/synthetic/summary": async (env) => env.CIVIC.prepare(SUMMARY_SQL).bind(SYNTHETIC_SESSION.code).first(),
};

export default {
  async fetch(request, env) {
    const route = routes[new URL(request.url).pathname];
    if (!route) return new Response("not found", { status: 404 });
    try {
      const body = request.method === "POST" ? await request.json() : {};
      return Response.json(await route(env, body));
    } catch (err) {
      return new Response(err instanceof Error ? (err.stack ?? err.message) : String(err), { status: 500 });
    }
  },
};
