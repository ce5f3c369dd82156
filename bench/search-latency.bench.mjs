// What a search costs: the search Worker answering GET /api/v1/search over ≥ 1M statements
// (generated from the real Hansard ones, with varied dates and speakers), against the same
// FTS5 SQL run by better-sqlite3 over the same rows, in the same run. Nothing here judges a
// timing: the targets are printed as flags, and only wrong or differing answers fail the run.
//
//   npm run bench -- search-latency        (BENCH_STATEMENTS=200000 BENCH_PASSES=10 to change them)
//   node bench/search-latency.bench.mjs --statements 200000 --passes 10 --concurrency 1
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { sourceManifest } from "../scripts/build-assets.mjs";
import { MIRROR_ORIGIN } from "../test/stand-ins/source-mirror.mjs";
import { childPids, processCpuMs } from "./lib/cpu.mjs";
import { bundleEtlBench } from "./lib/etl-bundle.mjs";
import { driverClient, etlWithDriver } from "./lib/etl-driver.mjs";
import { serviceWorkerName, startServices } from "./lib/platform.mjs";
import { bundleSearchNode } from "./lib/search-bundle.mjs";
import { pathOf, queryMix, requestOf } from "./lib/search-queries.mjs";
import { COPY_DOCUMENTS_SQL, COPY_STATEMENTS_SQL, copyPlan, FILTER_VALUES_SQL, REAL_SQL, SUMMARY_SQL } from "./lib/search-synthetic.mjs";
import { createCivicSchema, insertRows, openDatabase, tableNames, triggerWrittenTables } from "./lib/sqlite-baseline.mjs";
import { fmt, int, printFailure, printOutcome, sec, table } from "./lib/report.mjs";

export const description = "GET /api/v1/search on the search Worker over ≥ 1M generated statements, against the same FTS5 SQL on better-sqlite3";

export const defaults = {
  statements: 1_000_000,
  concurrency: "1,8",
  /**
   * Times each query of the mix runs per variant and concurrency, in alternating passes. The
   * mix's p95 is set by its slowest queries: 5 passes give 60 samples, whose p95 is the
   * third-slowest request, so one stray slow request moves it; 30 give 360.
   */
  passes: 30,
};

const SEARCH = serviceWorkerName("search");
const EXPORT_PAGE = 5000;
const LOAD_TIMEOUT_MS = 10 * 60_000;
const TARGET_RATIO = 1.5;
const TARGET_P95_MS = 50;
const thread = fileURLToPath(new URL("./lib/search-baseline-thread.mjs", import.meta.url));

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(latencies) {
  const s = Float64Array.from(latencies).sort();
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.length ? s[s.length - 1] : NaN };
}

/** Concurrencies from the defaults ("1,8") or from `--concurrency n` of bench/run.mjs. */
const concurrencies = (c) => (typeof c === "number" ? [c] : String(c).split(",").map(Number));

function fromEnvironment() {
  const env = { statements: process.env.BENCH_STATEMENTS, passes: process.env.BENCH_PASSES };
  return Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Number(v)]),
  );
}

export default async function run(options) {
  const { progress } = options;
  const { statements: wanted, concurrency, passes } = { ...defaults, ...options, ...fromEnvironment() };
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`passes must be a positive integer, not ${passes}`);
  if (!Number.isInteger(wanted) || wanted < 1) throw new Error(`statements must be a positive integer, not ${wanted}`);
  const levels = concurrencies(concurrency);
  const problems = [];
  const out = [];
  const print = (...lines) => out.push(...lines);
  const t00 = performance.now();

  progress("bundling the ETL driver and the search service's query code");
  const [bundles, searchBundle] = await Promise.all([bundleEtlBench(), bundleSearchNode()]);
  const etl = await import(pathToFileURL(bundles.node).href);
  const search = await import(pathToFileURL(searchBundle).href);

  const etlAndDriver = etlWithDriver(bundles, 0.05);
  const { mf, runtimeOutput, dispose } = await startServices({
    services: ["etl", "search"],
    extra: {
      ...etlAndDriver.extra,
      // The search Worker on a socket of its own: the client reaches it with a plain fetch, not
      // through Miniflare's entry Worker or the getWorker proxy (see gateway-armour).
      [SEARCH]: { unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }] },
    },
    workers: etlAndDriver.workers,
  });
  const scratch = mkdtempSync(join(tmpdir(), "openpolicy-bench-search-"));
  try {
    const call = await driverClient(mf);

    // ---- the real data, through the ETL as etl-load loads it ----------------------------------
    const manifest = sourceManifest();
    const expected = etl.SOURCES.filter((s) => (manifest[s.mirrorPath] ?? []).some((f) => !s.mirrorFiles || s.mirrorFiles.test(f))).map((s) => s.name);
    await call("/mirror", { url: MIRROR_ORIGIN });
    progress(`loading the real data: ${expected.length} sources through the ETL`);
    const tLoad = performance.now();
    await call("/load-due");
    for (;;) {
      const runs = await call("/runs");
      const finished = new Set(runs.filter((r) => r.status !== "running").map((r) => r.source));
      if (expected.every((s) => finished.has(s)) && runs.every((r) => r.status !== "running")) {
        for (const r of runs.filter((r) => r.status !== "succeeded")) problems.push(`real load: ${r.source} run ${r.status}${r.error ? `: ${r.error}` : ""}`);
        break;
      }
      if (performance.now() - tLoad > LOAD_TIMEOUT_MS) throw new Error("the real load did not finish in 10 minutes");
      await new Promise((r) => setTimeout(r, 200));
    }
    const loadMs = performance.now() - tLoad;
    progress(`real data loaded in ${sec(loadMs)} s`);

    const dbPath = join(scratch, "civic-search.sqlite");
    const base = openDatabase(dbPath);
    createCivicSchema(base);
    const tables = tableNames(base);
    const derived = triggerWrittenTables(base);
    const written = tables.filter((t) => !derived.has(t));
    const loaded = {};
    for (const t of written) {
      loaded[t] = [];
      for (let after = Number.MIN_SAFE_INTEGER; ; ) {
        const page = await call("/export", { table: t, after, limit: EXPORT_PAGE });
        loaded[t].push(...page);
        if (page.length < EXPORT_PAGE) break;
        after = page.at(-1)._rowid_;
      }
    }
    const copied = insertRows(base, loaded);
    progress(`better-sqlite3: the same ${int(copied.result)} real rows in ${sec(copied.ms)} s`);

    // ---- generated statements, on both sides ----------------------------------------------------
    const d1 = await mf.getD1Database("CIVIC", SEARCH);
    const real = await d1.prepare(REAL_SQL).first();
    const realBase = base.prepare(REAL_SQL).get();
    if (JSON.stringify(real) !== JSON.stringify(realBase))
      problems.push(`D1 and better-sqlite3 start from different rows: ${JSON.stringify(real)} vs ${JSON.stringify(realBase)}`);
    if (!real.statements) throw new Error("the real load wrote no statements to generate from");
    const plan = copyPlan(real, wanted);
    const copyBinds = (c) => ({ docs: [c.copy, real.max_document], statements: [c.copy, real.max_statement, real.max_document, c.take] });

    const workerdPid = childPids("workerd")[0];
    const workerdCpu = () => (workerdPid ? processCpuMs(workerdPid) : NaN);
    progress(`generating ${int(wanted)} statements in ${plan.length} copies of the ${int(real.statements)} real ones: D1 first`);
    const gen = {};
    {
      const c0 = workerdCpu();
      const t0 = performance.now();
      let note = 0;
      for (const [i, c] of plan.entries()) {
        const b = copyBinds(c);
        // One copy per batch: a batch is one transaction in D1, as the copy is below in SQLite.
        await d1.batch([d1.prepare(COPY_DOCUMENTS_SQL).bind(...b.docs), d1.prepare(COPY_STATEMENTS_SQL).bind(...b.statements)]);
        if ((i + 1) / plan.length >= note) {
          progress(`D1: ${i + 1}/${plan.length} copies, ${sec(performance.now() - t0)} s`);
          note += 0.1;
        }
      }
      gen.d1 = { ms: performance.now() - t0, cpu: workerdCpu() - c0 };
    }
    {
      // better-sqlite3 counts every `?N` as a value to supply, so the same SQL goes in with named
      // parameters (`@p1`…) and the same values.
      const named = (sql) => sql.replace(/\?(\d+)/g, "@p$1");
      const values = (list) => Object.fromEntries(list.map((v, i) => [`p${i + 1}`, v]));
      const docs = base.prepare(named(COPY_DOCUMENTS_SQL));
      const stmts = base.prepare(named(COPY_STATEMENTS_SQL));
      const one = base.transaction((b) => {
        docs.run(values(b.docs));
        stmts.run(values(b.statements));
      });
      const u0 = process.cpuUsage();
      const t0 = performance.now();
      for (const c of plan) one(copyBinds(c));
      const u = process.cpuUsage(u0);
      gen.sqlite = { ms: performance.now() - t0, cpu: (u.user + u.system) / 1000 };
      progress(`better-sqlite3: generated in ${sec(gen.sqlite.ms)} s`);
    }
    const summary = await d1.prepare(SUMMARY_SQL).first();
    const summaryBase = base.prepare(SUMMARY_SQL).get();
    if (JSON.stringify(summary) !== JSON.stringify(summaryBase))
      problems.push(`D1 and better-sqlite3 hold different statements: ${JSON.stringify(summary)} vs ${JSON.stringify(summaryBase)}`);
    const filterValues = await d1.prepare(FILTER_VALUES_SQL).bind(real.max_statement).first();
    if (!filterValues.session || !filterValues.party) problems.push(`no session or party to filter by: ${JSON.stringify(filterValues)}`);
    base.close();

    // ---- the queries -----------------------------------------------------------------------------
    const mix = queryMix(filterValues);
    const queries = mix.map((m) => ({ name: m.name, request: requestOf(m.params, search.RESULT_TYPES) }));
    const searchUrl = String(await mf.unsafeGetDirectURL(SEARCH)).replace(/\/$/, "");
    const bundleUrl = pathToFileURL(searchBundle).href;
    /**
     * `size` baseline threads, each with its own connection and `callers` callers on it (see the
     * thread's comment).
     */
    const pool = (size, callers = 1) => {
      const threads = Array.from({ length: size }, () => new Worker(thread, { workerData: { dbPath, bundlePath: bundleUrl, queries } }));
      const ask = (w, msg) =>
        new Promise((resolve, reject) => {
          const onError = (err) => reject(err);
          w.once("error", onError);
          w.once("message", (m) => {
            w.off("error", onError);
            resolve(m);
          });
          w.postMessage(msg);
        });
      return {
        validate: () => ask(threads[0], { op: "validate" }),
        pass: async (total) => {
          const counter = new SharedArrayBuffer(4);
          const t0 = performance.now();
          const parts = await Promise.all(threads.map((w) => ask(w, { op: "run", counter, total, callers })));
          return { ms: performance.now() - t0, latencies: mix.map((_, q) => parts.flatMap((p) => p.latencies[q])), errors: [] };
        },
        close: () =>
          Promise.all(
            threads.map(
              (w) =>
                new Promise((r) => {
                  w.once("exit", r);
                  w.postMessage({ op: "close" });
                }),
            ),
          ),
      };
    };

    // The same results on both sides, or the latencies compare different work.
    progress("checking that the Worker and the baseline answer every query alike");
    const checker = pool(1);
    const expectedAnswers = await checker.validate();
    await checker.close();
    const answers = [];
    for (const [i, m] of mix.entries()) {
      const res = await fetch(`${searchUrl}${pathOf(m.params)}`);
      const text = await res.text();
      if (res.status !== 200) {
        problems.push(`${m.name}: the Worker answered ${res.status}: ${text.slice(0, 300)}`);
        continue;
      }
      const page = JSON.parse(text);
      const got = { total: page.pagination.total, hits: page.data.map((r) => (r.type === "statement" ? `statement:${r.id}` : r.type)) };
      const want = expectedAnswers[i];
      answers.push({ name: m.name, total: got.total });
      if (got.total !== want.total || JSON.stringify(got.hits) !== JSON.stringify(want.hits)) {
        problems.push(`${m.name}: Worker total ${got.total} first ${got.hits.slice(0, 3)} vs SQLite total ${want.total} first ${want.hits.slice(0, 3)}`);
      }
    }

    // A pass is every query of the mix once, taken in turn by the callers. Passes
    // rather than seconds: one common word over a million statements can take seconds, and a timed
    // window would then measure whichever queries came first.
    const workerPass = async (callers, total) => {
      const latencies = mix.map(() => []);
      const errors = [];
      let next = 0;
      const c0 = workerdCpu();
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: callers }, async () => {
          for (let i = next++; i < total; i = next++) {
            const q = i % mix.length;
            const t1 = performance.now();
            try {
              const res = await fetch(`${searchUrl}${pathOf(mix[q].params)}`);
              const body = await res.text();
              if (res.status !== 200 || !body.startsWith('{"data":')) errors.push(`${mix[q].name}: ${res.status} ${body.slice(0, 200)}`);
              else latencies[q].push(performance.now() - t1);
            } catch (err) {
              const cause = err?.cause ? ` (${err.cause.code ?? ""} ${err.cause.message ?? err.cause})` : "";
              errors.push(`${mix[q].name}: ${err instanceof Error ? err.message : err}${cause} after ${fmt(performance.now() - t1, 0)} ms`);
            }
          }
        }),
      );
      return { ms: performance.now() - t0, latencies, errors, workerdCpu: workerdCpu() - c0 };
    };

    const measured = {};
    for (const c of levels) {
      // At concurrency > 1 the baseline is also measured as c callers on one connection, which is
      // how a D1 database serves the Worker's concurrent requests: one statement at a time.
      const baselines = { sqlite: pool(c), ...(c > 1 ? { sqlite1: pool(1, c) } : {}) };
      try {
        progress(`concurrency ${c}: warm-up, one pass each`);
        await workerPass(c, mix.length);
        for (const b of Object.values(baselines)) await b.pass(mix.length);
        const variants = ["worker", ...Object.keys(baselines)];
        const runs = Object.fromEntries(variants.map((v) => [v, []]));
        for (let r = 0; r < passes; r++) {
          // Each variant goes first in turn.
          const order = variants.map((_, i) => variants[(i + r) % variants.length]);
          progress(`concurrency ${c}: pass ${r + 1}/${passes}, ${order.join(", ")}`);
          for (const v of order) runs[v].push(await (v === "worker" ? workerPass(c, mix.length) : baselines[v].pass(mix.length)));
        }
        measured[c] = Object.fromEntries(
          Object.entries(runs).map(([v, rs]) => {
            const byQuery = Object.fromEntries(mix.map((m, q) => [m.name, stats(rs.flatMap((r) => r.latencies[q]))]));
            const all = stats(rs.flatMap((r) => r.latencies.flat()));
            const errors = rs.flatMap((r) => r.errors);
            const ms = rs.reduce((n, r) => n + r.ms, 0);
            const cpu = v === "worker" ? rs.reduce((n, r) => n + r.workerdCpu, 0) / all.n : NaN;
            return [v, { all, byQuery, errors, throughput: all.n / (ms / 1000), workerdCpuUs: cpu * 1000 }];
          }),
        );
      } finally {
        await Promise.all(Object.values(baselines).map((b) => b.close()));
      }
      for (const e of measured[c].worker.errors.slice(0, 5)) problems.push(`concurrency ${c}: ${e}`);
      if (measured[c].worker.errors.length > 5) problems.push(`concurrency ${c}: ${measured[c].worker.errors.length} errors in all`);
    }

    // ---- the figures -----------------------------------------------------------------------------
    const require = createRequire(import.meta.url);
    const version = (pkg) => require(`${pkg}/package.json`).version;
    const totalStatements = summary.statements;
    print(
      `\n== search-latency: GET /api/v1/search on the search Worker vs the same FTS5 SQL on better-sqlite3, ${int(totalStatements)} statements ==`,
      [
        `date ${new Date().toISOString().slice(0, 10)}`,
        `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
        `Node ${process.versions.node}`,
        `miniflare ${version("miniflare")}`,
        `better-sqlite3 ${version("better-sqlite3")} (SQLite ${new (require("better-sqlite3"))(":memory:").prepare("select sqlite_version() v").get().v})`,
        `${passes} passes of the ${mix.length} queries per variant and concurrency, alternating, after one warm-up pass`,
      ].join("; "),
      "",
      `corpus: real data loaded by the ETL in ${sec(loadMs)} s (${int(copied.result)} civic rows, ${int(real.statements)} statements), then ${int(wanted)} generated statements`,
      `  in ${plan.length} copies (new documents on days from 2000 to 2025, speakers reassigned among members with a term), indexed by the schema's FTS5 triggers`,
      `  statements ${int(summary.statements)}, ${int(summary.dates)} distinct dates (${summary.first} … ${summary.last}), ${int(summary.speakers)} distinct speakers, ${int(summary.chars / 1e6)} M characters of text`,
      `  generation: D1 (through the D1 binding, a batch per copy) ${sec(gen.d1.ms)} s, workerd CPU ${sec(gen.d1.cpu)} s; better-sqlite3 (a transaction per copy) ${sec(gen.sqlite.ms)} s, CPU ${sec(gen.sqlite.cpu)} s`,
      `  D1 and better-sqlite3 hold the same statements: ${problems.some((p) => p.startsWith("D1 and")) ? "NO" : "yes"} (count, id/member/text sums, dates, FTS matches)`,
      `filters: session ${filterValues.session}, party ${filterValues.party}, dates 2015-01-01…2019-12-31`,
      `worker: plain fetch to the search Worker's own socket (no gateway), whole body read; sqlite: the Worker's keyword-path SQL`,
      `  (the service's own search() over a D1-shaped wrapper of better-sqlite3), one thread and connection per caller;`,
      `  sqlite1 (concurrency > 1): the same callers sharing one connection, their statements run one at a time as on a D1 database`,
      `answers checked equal (total and ordered hits) for every query before measuring: ${problems.some((p) => /: Worker total|answered/.test(p)) ? "NO" : "yes"}`,
      `  totals: ${answers.map((a) => `${a.name} ${int(a.total)}`).join(", ")}`,
    );
    for (const c of levels) {
      const { worker, sqlite, sqlite1 } = measured[c];
      const r = (k) => worker.all[k] / sqlite.all[k];
      const r1 = (k) => worker.all[k] / sqlite1.all[k];
      print(
        "",
        `concurrency ${c} (closed loop, each query ${passes} times, taken in turn by the callers):`,
        table([
          ["variant", "req/s (passes)", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests", "errors", "workerd CPU µs/req"],
          ...[["worker", worker], ["sqlite", sqlite], ...(sqlite1 ? [["sqlite1", sqlite1]] : [])].map(([n, x]) => [
            n,
            fmt(x.throughput, 0),
            fmt(x.all.p50),
            fmt(x.all.p95),
            fmt(x.all.p99),
            fmt(x.all.max),
            x.all.n + x.errors.length,
            x.errors.length,
            fmt(x.workerdCpuUs, 0),
          ]),
        ]),
        `worker ÷ sqlite: p50 ×${fmt(r("p50"))}, p95 ×${fmt(r("p95"))}, p99 ×${fmt(r("p99"))}, req/s ×${fmt(worker.throughput / sqlite.throughput)}`,
        ...(sqlite1
          ? [
              `worker ÷ sqlite1 (one connection, as D1): p50 ×${fmt(r1("p50"))}, p95 ×${fmt(r1("p95"))}, p99 ×${fmt(r1("p99"))}, req/s ×${fmt(worker.throughput / sqlite1.throughput)}`,
            ]
          : []),
        `target: p95 within ${TARGET_RATIO}× of sqlite: ${r("p95") <= TARGET_RATIO ? "MET" : "NOT MET"} (×${fmt(r("p95"))}); p95 under ${TARGET_P95_MS} ms: ${worker.all.p95 < TARGET_P95_MS ? "MET" : "NOT MET"} (${fmt(worker.all.p95)} ms)`,
        "",
        table([
          ["query", "worker p50", "worker p95", "sqlite p50", "sqlite p95", "p50 ×", "p95 ×"],
          ...mix.map((m) => {
            const w = worker.byQuery[m.name];
            const s = sqlite.byQuery[m.name];
            return [m.name, fmt(w.p50), fmt(w.p95), fmt(s.p50), fmt(s.p95), fmt(w.p50 / s.p50), fmt(w.p95 / s.p95)];
          }),
        ]),
      );
    }
    print("", `whole benchmark ${sec(performance.now() - t00)} s`);
    return printOutcome(out, problems, runtimeOutput);
  } catch (err) {
    printFailure(out, runtimeOutput);
    throw err;
  } finally {
    await dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Run on its own, with this benchmark's flag: node bench/search-latency.bench.mjs --statements 200000
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { statements: { type: "string" }, passes: { type: "string" }, concurrency: { type: "string" } } });
  if (values.statements !== undefined) process.env.BENCH_STATEMENTS = values.statements;
  if (values.passes !== undefined) process.env.BENCH_PASSES = values.passes;
  const t0 = performance.now();
  try {
    const outcome = await run({
      ...defaults,
      ...(values.concurrency ? { concurrency: values.concurrency } : {}),
      progress: (msg) => console.error(`[search-latency] ${msg}`),
    });
    process.exitCode = outcome.errors ? 1 : 0;
  } catch (err) {
    console.error(`[search-latency] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    process.exitCode = 1;
  }
  console.error(`[search-latency] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
