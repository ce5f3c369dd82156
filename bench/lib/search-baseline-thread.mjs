// One caller of the raw-SQLite baseline, in a thread of its own with its own connection:
// better-sqlite3 is synchronous, so N callers in one thread would only queue behind each other,
// while N threads query concurrently as N requests to the Worker can. (Callers queueing on one
// connection is the other baseline at concurrency > 1: a D1 database runs one statement at a
// time, see the "run" message.) Each search is the search
// service's own search() (search.ts: the query parsed, the page-and-facets statement, the
// snippet statements in one batch, the results built), over a D1-shaped wrapper. No HTTP, no
// validation, no JSON, no analytics row.
//
// The thread lives for a whole concurrency level, so its connection's page cache stays warm
// between rounds as D1's does in workerd.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";

const { dbPath, bundlePath, queries } = workerData;
const s = await import(bundlePath);
const db = new Database(dbPath, { readonly: true });
const prepared = new Map();
const prepare = (sql) => {
  let st = prepared.get(sql);
  if (!st) {
    st = db.prepare(sql);
    prepared.set(sql, st);
  }
  return st;
};

/**
 * The part of D1Database the keyword path uses, over better-sqlite3: statements run when asked,
 * and a batch is one transaction, as in D1.
 */
const bound = (sql, values) => ({ sql, values, run: () => ({ results: prepare(sql).all(...values) }) });
const d1 = {
  prepare: (sql) => ({
    bind: (...values) => ({ ...bound(sql, values), all: async () => bound(sql, values).run() }),
    all: async () => bound(sql, []).run(),
  }),
  batch: async (statements) => db.transaction(() => statements.map((st) => st.run()))(),
};

async function searchOnce(request) {
  const { page } = await s.search(d1, undefined, request);
  return { total: page.pagination.total, hits: page.data.map((r) => (r.type === "statement" ? `statement:${r.id}` : r.type)) };
}

parentPort.on("message", async (msg) => {
  if (msg.op === "validate") {
    const answers = [];
    for (const { name, request } of queries) answers.push({ name, ...(await searchOnce(request)) });
    parentPort.postMessage(answers);
  } else if (msg.op === "run") {
    // Requests are taken from a counter shared by every caller, as the Worker's callers take
    // them, so each pass runs every query the same number of times whatever the concurrency.
    // `callers` > 1 runs that many callers in this thread, on this one connection: each search
    // awaits between its statements, so the callers' statements interleave and run one at a
    // time, as every request's statements do on a D1 database.
    const counter = new Int32Array(msg.counter);
    const latencies = queries.map(() => []);
    const caller = async () => {
      for (;;) {
        const i = Atomics.add(counter, 0, 1);
        if (i >= msg.total) break;
        const q = i % queries.length;
        const t0 = performance.now();
        await searchOnce(queries[q].request);
        latencies[q].push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: msg.callers ?? 1 }, caller));
    parentPort.postMessage({ latencies });
  } else if (msg.op === "close") {
    db.close();
    parentPort.close();
  }
});
