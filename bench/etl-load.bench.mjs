// What loading costs: the ETL taking every real source through its production path (cron entry →
// etl-jobs → consumer → fetch → parse → validate → upsert into D1) and re-running it with nothing
// changed; then a million ballots, generated from the real ones, through the ETL's own write path
// into D1. Each is compared with better-sqlite3 writing the same rows into the same schema, in
// the same run. Nothing here judges a timing: only wrong counts or rows fail the benchmark.
//
//   npm run bench -- etl-load
//   node bench/etl-load.bench.mjs --ballots 200000 --per-sitting 3 --batch-timeout 5
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sourceManifest } from "../scripts/build-assets.mjs";
import { MIRROR_ORIGIN } from "../test/stand-ins/source-mirror.mjs";
import { childPids, processCpuMs } from "./lib/cpu.mjs";
import { bundleEtlBench } from "./lib/etl-bundle.mjs";
import { driverClient, etlWithDriver } from "./lib/etl-driver.mjs";
import { startServices } from "./lib/platform.mjs";
import {
  createCivicSchema,
  insertRows,
  insertSyntheticSession,
  loadSynthetic,
  openDatabase,
  tableNames,
  triggerWrittenTables,
} from "./lib/sqlite-baseline.mjs";
import { divisionsFor, SUMMARY_SQL, SYNTHETIC_SESSION, templatesFrom } from "./lib/synthetic-divisions.mjs";
import { int, printFailure, printOutcome, sec, table } from "./lib/report.mjs";

export const description =
  "the ETL loading all real data (cron → queue → D1) and 1M generated ballots through its upserts, against better-sqlite3 writing the same rows";

export const defaults = {
  /** Ballots the scale run generates. */
  ballots: 1_000_000,
  /**
   * Synthetic divisions per sitting: a sitting is one document, whose divisions and ballots load
   * in one batch (one transaction). The real divisions come from 3 sittings, of 2, 3 and 5.
   */
  perSitting: 3,
  /**
   * etl-jobs `max_batch_timeout` in seconds. wrangler.toml says 5: a part-filled batch (the last
   * documents of a source, the only document of the next) then idles that long before the
   * consumer gets it. Shortened, as in the tests, so the figures measure loading, not waiting.
   */
  batchTimeout: 0.05,
};

const EXPORT_PAGE = 5000;
const POLL_MS = 100;
const LOAD_TIMEOUT_MS = 10 * 60_000;

const ratio = (x) => (!Number.isFinite(x) ? "-" : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2));

/** Options from the environment, for `npm run bench`, whose flags are shared by every benchmark. */
function fromEnvironment() {
  const env = { ballots: process.env.BENCH_BALLOTS, perSitting: process.env.BENCH_PER_SITTING, batchTimeout: process.env.BENCH_BATCH_TIMEOUT };
  return Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Number(v)]),
  );
}

function validate({ ballots, perSitting, batchTimeout }) {
  if (!Number.isInteger(ballots) || ballots < 1) throw new Error(`ballots must be a positive integer, not ${ballots}`);
  if (!Number.isInteger(perSitting) || perSitting < 1) throw new Error(`per-sitting must be a positive integer, not ${perSitting}`);
  if (!Number.isFinite(batchTimeout) || batchTimeout < 0) throw new Error(`batch-timeout must be ≥ 0 seconds, not ${batchTimeout}`);
}

export default async function run(options) {
  const { progress } = options;
  const { ballots, perSitting, batchTimeout } = { ...defaults, ...options, ...fromEnvironment() };
  validate({ ballots, perSitting, batchTimeout });
  const problems = [];
  const out = [];
  const print = (...lines) => out.push(...lines);

  progress("bundling the ETL and the benchmark's driver Worker");
  const bundles = await bundleEtlBench();
  const etl = await import(pathToFileURL(bundles.node).href);

  const logs = warningsLogged();
  const started = performance.now();
  const { mf, runtimeOutput, dispose } = await startServices({ services: ["etl"], onOutput: logs.onOutput, ...etlWithDriver(bundles, batchTimeout) });
  progress(`workerd up with the ETL Worker, D1 civic and platform migrated, in ${sec(performance.now() - started)} s`);

  const scratch = mkdtempSync(join(tmpdir(), "openpolicy-bench-"));
  try {
    const call = await driverClient(mf);
    const workerdPids = childPids("workerd");
    const cpu = () => {
      const own = process.cpuUsage();
      return { workerd: workerdPids.length === 1 ? processCpuMs(workerdPids[0]) : NaN, node: (own.user + own.system) / 1000 };
    };
    const cpuSince = (c0) => {
      const c1 = cpu();
      return { workerd: c1.workerd - c0.workerd, node: c1.node - c0.node };
    };

    // ---- 1. every real source, through the production path ------------------------------------
    const manifest = sourceManifest();
    const expected = etl.SOURCES.filter((s) => (manifest[s.mirrorPath] ?? []).some((f) => !s.mirrorFiles || s.mirrorFiles.test(f))).map((s) => s.name);
    await call("/mirror", { url: MIRROR_ORIGIN });

    /** Calls the cron entry and waits for a run of every source with documents to finish. */
    const loadAll = async (label) => {
      const before = new Set((await call("/runs")).map((r) => r.id));
      const logged = logs.entries.length;
      const c0 = cpu();
      const t0 = performance.now();
      await call("/load-due");
      let runs;
      let lastNote = 0;
      for (;;) {
        runs = (await call("/runs")).filter((r) => !before.has(r.id));
        const finished = new Set(runs.filter((r) => r.status !== "running").map((r) => r.source));
        if (expected.every((s) => finished.has(s)) && runs.every((r) => r.status !== "running")) break;
        const elapsed = performance.now() - t0;
        if (elapsed > LOAD_TIMEOUT_MS)
          throw new Error(`${label}: still waiting after ${sec(elapsed)} s for ${expected.filter((s) => !finished.has(s)).join(", ")}`);
        if (elapsed - lastNote > 5000) {
          lastNote = elapsed;
          const docs = runs.reduce((n, r) => n + r.documents_done + r.documents_failed, 0);
          progress(`${label}: ${sec(elapsed)} s, ${finished.size}/${expected.length} sources finished, ${docs} documents loaded`);
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      const ms = performance.now() - t0;
      const spanMs = Math.max(...runs.map((r) => Date.parse(r.finished_at))) - Math.min(...runs.map((r) => Date.parse(r.started_at)));
      for (const r of runs.filter((r) => r.status !== "succeeded")) problems.push(`${label}: ${r.source} run ${r.status}${r.error ? `: ${r.error}` : ""}`);
      for (const r of runs.filter((r) => ["read", "inserted", "updated", "unchanged", "rejected"].some((k) => r[k] < 0))) {
        problems.push(
          `${label}: ${r.source} recorded impossible counts (inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}); rows written is not valid`,
        );
      }
      return { ms, spanMs, cpu: cpuSince(c0), runs, warnings: logs.entries.slice(logged) };
    };

    const exportCivic = async (tables) => {
      const rows = {};
      for (const t of tables) {
        rows[t] = [];
        for (let after = Number.MIN_SAFE_INTEGER; ; ) {
          const page = await call("/export", { table: t, after, limit: EXPORT_PAGE });
          rows[t].push(...page);
          if (page.length < EXPORT_PAGE) break;
          after = page.at(-1)._rowid_;
        }
      }
      return rows;
    };

    progress(`first load of ${expected.length} sources: ${expected.join(", ")}`);
    const first = await loadAll("first load");
    progress(`first load done in ${sec(first.ms)} s`);

    const baseline1Path = join(scratch, "civic-baseline.sqlite");
    const baseline1 = openDatabase(baseline1Path);
    createCivicSchema(baseline1);
    const tables = tableNames(baseline1);
    const derived = triggerWrittenTables(baseline1);
    const written = tables.filter((t) => !derived.has(t));
    progress(`reading back ${tables.length} civic tables from D1`);
    const loaded = await exportCivic(tables);
    const civicRows = written.reduce((n, t) => n + loaded[t].length, 0);

    progress("re-run: every source expired, cron entry again");
    const expired = await call("/expire");
    const rerun = await loadAll("re-run");
    progress(`re-run done in ${sec(rerun.ms)} s`);
    const reloaded = await exportCivic(tables);
    const changedTables = tables.filter((t) => comparable(loaded[t]) !== comparable(reloaded[t]));
    for (const t of changedTables) problems.push(`re-run changed ${t}: ${difference(loaded[t], reloaded[t])}`);
    // Rows changed and set back within the run leave the tables identical but still cost writes:
    // worth seeing, though the figures stay valid.
    const rewrote = rerun.runs.filter((r) => r.inserted + r.updated > 0).map((r) => `${r.source} ${r.inserted + r.updated}`);

    progress(`baseline: better-sqlite3 inserting the same ${int(civicRows)} rows`);
    const raw = insertRows(baseline1, Object.fromEntries(written.map((t) => [t, loaded[t]])));
    if (raw.result !== civicRows) problems.push(`better-sqlite3 inserted ${raw.result} rows, D1 holds ${civicRows}`);

    const firstWritten = sum(first.runs, "inserted") + sum(first.runs, "updated");
    const rawRate = civicRows / (raw.ms / 1000);
    print(
      `\n== etl-load: the ETL over every real source, then ${int(ballots)} generated ballots through its upserts ==`,
      settingsLine({ batchTimeout, perSitting }),
      "",
      "1. Every real source through the production path: loadDue() → etl-jobs → consumer → fetch (source mirror) → parse → validate → upsert into D1",
      `first load: wall ${sec(first.ms)} s (etl_runs span ${sec(first.spanMs)} s), ${first.runs.length} runs, ${int(sum(first.runs, "documents_total"))} documents`,
      `  records read ${int(sum(first.runs, "read"))}, rows written ${int(firstWritten)} (inserted ${int(sum(first.runs, "inserted"))} + updated ${int(sum(first.runs, "updated"))}), rejected ${int(sum(first.runs, "rejected"))}`,
      `  ${int(firstWritten / (first.ms / 1000))} rows written/s; civic tables hold ${int(civicRows)} rows in ${written.length} tables: ${int(civicRows / (first.ms / 1000))} rows/s`,
      `  by table: ${written.map((t) => `${t} ${int(loaded[t].length)}`).join(", ")}`,
      ...(written.length < tables.length
        ? [
            `  and, written by triggers: ${tables
              .filter((t) => derived.has(t))
              .map((t) => `${t} ${int(loaded[t].length)}`)
              .join(", ")} (plus full-text indexes)`,
          ]
        : []),
      `  CPU: workerd ${sec(first.cpu.workerd)} s, node ${sec(first.cpu.node)} s (the source mirror and polling)`,
      ...warningLines(first.warnings),
      "",
      runTable(first.runs),
      "",
      `re-run, nothing changed (${expired.changes} datasets expired, cron entry again): wall ${sec(rerun.ms)} s (etl_runs span ${sec(rerun.spanMs)} s), ${int(sum(rerun.runs, "documents_total"))} documents`,
      `  records read ${int(sum(rerun.runs, "read"))}: inserted ${int(sum(rerun.runs, "inserted"))}, updated ${int(sum(rerun.runs, "updated"))}, unchanged ${int(sum(rerun.runs, "unchanged"))}, rejected ${int(sum(rerun.runs, "rejected"))}`,
      `  ${int(sum(rerun.runs, "read") / (rerun.ms / 1000))} records read/s; the ${int(civicRows)} civic rows at ${int(civicRows / (rerun.ms / 1000))} rows/s; civic tables afterwards ${changedTables.length ? `DIFFER in ${changedTables.join(", ")}` : "identical (every column but updated_at)"}`,
      `  CPU: workerd ${sec(rerun.cpu.workerd)} s, node ${sec(rerun.cpu.node)} s`,
      ...warningLines(rerun.warnings),
      ...(rewrote.length
        ? [
            `  note: the re-run wrote rows although nothing changed (${rewrote.join(", ")}); the tables end identical, so those rows were changed and set back within the run`,
          ]
        : []),
      "",
      runTable(rerun.runs),
      "",
      `baseline: better-sqlite3 inserting the same ${int(civicRows)} rows (as read back from D1; the schema's triggers do the rest), one transaction, one prepared INSERT per table`,
      `  ${sec(raw.ms)} s, ${int(rawRate)} rows/s (CPU ${sec(raw.cpuMs)} s)`,
      `ratios, rows/s ÷ better-sqlite3 (same rows, same run): first load ${ratio(civicRows / (first.ms / 1000) / rawRate)}, re-run ${ratio(civicRows / (rerun.ms / 1000) / rawRate)}`,
      `  CPU per row ÷ better-sqlite3 (workerd + node): first load ${ratio((first.cpu.workerd + first.cpu.node) / raw.cpuMs)}, re-run ${ratio((rerun.cpu.workerd + rerun.cpu.node) / raw.cpuMs)}`,
    );

    // ---- 2. a million ballots through the ETL's upserts ------------------------------------------
    const templates = templatesFrom(loaded.divisions, loaded.ballots);
    if (templates.length === 0) throw new Error("no real division with ballots to generate from");
    const divisions = divisionsFor(templates, ballots);
    const expectedBallots = Array.from({ length: divisions }, (_, i) => templates[i % templates.length].ballots.length).reduce((a, b) => a + b, 0);
    const rowsPerLoad = divisions + expectedBallots;
    await call("/synthetic/prime", { templates });
    insertSyntheticSession(baseline1);
    const copy = (name) => {
      const path = join(scratch, `${name}.sqlite`);
      baseline1.prepare("VACUUM INTO ?").run(path);
      return openDatabase(path);
    };
    const perDivisionDb = copy("per-division");
    const oneTxDb = copy("one-transaction");
    baseline1.close();

    const chunk = perSitting * Math.max(1, Math.round(100 / perSitting));
    const workerdLoad = async (label) => {
      const c0 = cpu();
      const t0 = performance.now();
      const totals = { divisions: 0, ballots: 0, inserted: 0, updated: 0, unchanged: 0 };
      let nextNote = 0.1;
      for (let from = 0; from < divisions; from += chunk) {
        const r = await call("/synthetic/load", { from, count: Math.min(chunk, divisions - from), perSitting });
        for (const k of Object.keys(totals)) totals[k] += r[k];
        if (totals.divisions / divisions >= nextNote) {
          progress(`${label}: ${int(totals.ballots)} ballots, ${sec(performance.now() - t0)} s`);
          nextNote += 0.1;
        }
      }
      return { ms: performance.now() - t0, cpu: cpuSince(c0), totals };
    };
    const sqliteLoad = (label, db, oneTransaction) => {
      progress(`${label}…`);
      const r = loadSynthetic(db, etl, templates, divisions, {
        oneTransaction,
        perSitting,
        onProgress: (done) => progress(`${label}: ${int(done)}/${int(divisions)} divisions`),
      });
      return { ms: r.ms, cpu: { node: r.cpuMs }, totals: r.result };
    };

    progress(`scale: ${int(expectedBallots)} ballots in ${int(divisions)} divisions, ${perSitting} per sitting (one document batch each)`);
    const results = {};
    results["workerd load"] = await workerdLoad("workerd: ETL upserts → D1, load");
    results["sqlite per-division load"] = sqliteLoad("better-sqlite3, a transaction per division, load", perDivisionDb, false);
    results["sqlite one-tx load"] = sqliteLoad("better-sqlite3, one transaction, load", oneTxDb, true);
    results["workerd reload"] = await workerdLoad("workerd: ETL upserts → D1, reload");
    results["sqlite per-division reload"] = sqliteLoad("better-sqlite3, a transaction per division, reload", perDivisionDb, false);
    results["sqlite one-tx reload"] = sqliteLoad("better-sqlite3, one transaction, reload", oneTxDb, true);

    for (const [name, r] of Object.entries(results)) {
      const written = name.startsWith("workerd") ? r.totals.inserted + r.totals.updated : r.totals.changes;
      const want = name.endsWith("reload") ? 0 : rowsPerLoad;
      if (r.totals.ballots !== expectedBallots || written !== want) {
        problems.push(`${name}: ${r.totals.ballots} ballots processed (want ${expectedBallots}), ${written} rows written (want ${want})`);
      }
      if (name.startsWith("workerd") && r.totals.inserted + r.totals.updated + r.totals.unchanged !== rowsPerLoad) {
        problems.push(`${name}: the upserts accounted for ${r.totals.inserted + r.totals.updated + r.totals.unchanged} rows of ${rowsPerLoad}`);
      }
    }
    const d1Summary = await call("/synthetic/summary");
    for (const [name, db] of [
      ["per-division", perDivisionDb],
      ["one-transaction", oneTxDb],
    ]) {
      const s = db.prepare(SUMMARY_SQL).get(SYNTHETIC_SESSION.code);
      if (JSON.stringify(s) !== JSON.stringify(d1Summary))
        problems.push(`D1 and better-sqlite3 (${name}) hold different ballots: ${JSON.stringify(d1Summary)} vs ${JSON.stringify(s)}`);
    }
    perDivisionDb.close();
    oneTxDb.close();

    const rate = (r) => rowsPerLoad / (r.ms / 1000);
    const cpuPerRow = (r) => (((r.cpu.workerd ?? 0) + r.cpu.node) * 1000) / rowsPerLoad;
    const labels = {
      "workerd load": "workerd: ETL upserts → D1, load",
      "sqlite per-division load": "better-sqlite3, a transaction per division, load",
      "sqlite one-tx load": "better-sqlite3, one transaction, load",
      "workerd reload": "workerd: ETL upserts → D1, reload (all unchanged)",
      "sqlite per-division reload": "better-sqlite3, a transaction per division, reload",
      "sqlite one-tx reload": "better-sqlite3, one transaction, reload",
    };
    print(
      "",
      `2. Scale: ${int(expectedBallots)} ballots in ${int(divisions)} synthetic divisions (session ${SYNTHETIC_SESSION.code}), each a copy of one of the ${templates.length} real divisions with all its ballots`,
      `  rows per load: ${int(rowsPerLoad)} (ballots + divisions); workerd: a sitting of ${perSitting} division(s) and all their ballots per document batch (one D1 batch, one transaction);`,
      "  better-sqlite3: the ETL's own upsert statement for one row, prepared once, into a copy of the baseline database above",
      "",
      table([
        ["variant", "wall s", "rows/s", "CPU s", "CPU µs/row", "written", "unchanged"],
        ...Object.entries(results).map(([name, r]) => [
          labels[name],
          sec(r.ms),
          int(rate(r)),
          sec((r.cpu.workerd ?? 0) + r.cpu.node),
          cpuPerRow(r).toFixed(1),
          int(name.startsWith("workerd") ? r.totals.inserted + r.totals.updated : r.totals.changes),
          name.startsWith("workerd") ? int(r.totals.unchanged) : int(rowsPerLoad - r.totals.changes),
        ]),
      ]),
      "  (CPU: workerd + node for the workerd rows, node alone for better-sqlite3; `written` counts inserted + updated)",
      "",
      "ratios, workerd ÷ better-sqlite3 (same rows, same run):",
      table([
        ["", "rows/s vs per-division tx", "rows/s vs one tx", "CPU/row vs per-division tx", "CPU/row vs one tx"],
        ...["load", "reload"].map((phase) => {
          const w = results[`workerd ${phase}`];
          const a = results[`sqlite per-division ${phase}`];
          const b = results[`sqlite one-tx ${phase}`];
          return [phase, ratio(rate(w) / rate(a)), ratio(rate(w) / rate(b)), ratio(cpuPerRow(w) / cpuPerRow(a)), ratio(cpuPerRow(w) / cpuPerRow(b))];
        }),
      ]),
      `D1 and both better-sqlite3 copies hold the same synthetic ballots: ${problems.some((p) => p.startsWith("D1 and")) ? "NO" : "yes"} (${int(d1Summary.ballots)} ballots, ${int(d1Summary.divisions)} divisions)`,
    );

    return printOutcome(out, problems, runtimeOutput);
  } catch (err) {
    printFailure(out, runtimeOutput);
    throw err;
  } finally {
    await dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The Workers' warnings and errors, from their JSON log lines: a retried message (which waits
 * QUEUE_RETRY_BASE_SECONDS before its next attempt) or a rejected document explains a slow or odd
 * run, and the figures should say so.
 */
function warningsLogged() {
  const partial = { stdout: "", stderr: "" };
  const entries = [];
  const onOutput = (chunk, stream) => {
    const lines = (partial[stream] + chunk).split("\n");
    partial[stream] = lines.pop();
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      try {
        const entry = JSON.parse(line);
        if (entry.level === "warn" || entry.level === "error") entries.push(entry);
      } catch {
        // not one of ours
      }
    }
  };
  return { onOutput, entries };
}

function warningLines(entries) {
  if (entries.length === 0) return [];
  const byKind = new Map();
  for (const e of entries) {
    const kind = `${e.level} "${e.message}"${e.error ? `: ${String(e.error).slice(0, 160)}` : ""}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return [`  note: the Workers logged ${entries.length} warning(s) or error(s) meanwhile:`, ...[...byKind].map(([k, n]) => `    ${n} × ${k}`)];
}

/** How a table's rows differ between two reads, by rowid: what changed, what came and went. */
function difference(before, after) {
  const old = new Map(before.map((r) => [r._rowid_, r]));
  const now = new Map(after.map((r) => [r._rowid_, r]));
  const columns = new Set();
  let changed = 0;
  let example;
  for (const [rowid, r] of old) {
    const s = now.get(rowid);
    if (!s) continue;
    const diff = Object.keys(r).filter((c) => c !== "updated_at" && r[c] !== s[c]);
    if (diff.length === 0) continue;
    changed++;
    for (const c of diff) columns.add(c);
    example ??= `rowid ${rowid}: ${diff.map((c) => `${c} ${JSON.stringify(r[c])} → ${JSON.stringify(s[c])}`).join(", ")}`;
  }
  const gone = [...old.keys()].filter((k) => !now.has(k));
  const added = [...now.keys()].filter((k) => !old.has(k));
  const show = (rows) => JSON.stringify(rows[0]).slice(0, 300);
  return [
    `${changed} row(s) changed${columns.size ? ` in ${[...columns].join(", ")}` : ""}${example ? ` (e.g. ${example})` : ""}`,
    `${added.length} added${added.length ? ` (e.g. ${show(added.map((k) => now.get(k)))})` : ""}`,
    `${gone.length} gone${gone.length ? ` (e.g. ${show(gone.map((k) => old.get(k)))})` : ""}`,
  ].join("; ");
}

function sum(runs, key) {
  return runs.reduce((n, r) => n + (r[key] ?? 0), 0);
}

/** A table's rows as compared across loads: every column but the provenance timestamp. */
function comparable(rows) {
  return JSON.stringify(rows.map(({ updated_at: _updated, ...rest }) => rest));
}

function runTable(runs) {
  return table([
    ["source", "status", "docs", "time s", "read", "inserted", "updated", "unchanged", "rejected"],
    ...[...runs]
      .sort((a, b) => a.started_at.localeCompare(b.started_at))
      .map((r) => [
        r.source,
        r.status,
        r.documents_total,
        sec(Date.parse(r.finished_at) - Date.parse(r.started_at)),
        int(r.read),
        int(r.inserted),
        int(r.updated),
        int(r.unchanged),
        int(r.rejected),
      ]),
  ]);
}

function settingsLine({ batchTimeout, perSitting }) {
  const require = createRequire(import.meta.url);
  const version = (pkg) => require(`${pkg}/package.json`).version;
  const cpu = cpus();
  return [
    `date ${new Date().toISOString().slice(0, 10)}`,
    `${cpu.length} × ${cpu[0]?.model ?? "cpu"}`,
    `Node ${process.versions.node}`,
    `miniflare ${version("miniflare")}`,
    `better-sqlite3 ${version("better-sqlite3")}`,
    `etl-jobs max_batch_timeout ${batchTimeout} s`,
    `${perSitting} division(s) per sitting`,
  ].join("; ");
}

// Run on its own, with this benchmark's flags: node bench/etl-load.bench.mjs --ballots 200000
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { ballots: { type: "string" }, "per-sitting": { type: "string" }, "batch-timeout": { type: "string" } },
  });
  // The environment is how `npm run bench` sets these; a flag given here wins over it.
  if (values.ballots !== undefined) process.env.BENCH_BALLOTS = values.ballots;
  if (values["per-sitting"] !== undefined) process.env.BENCH_PER_SITTING = values["per-sitting"];
  if (values["batch-timeout"] !== undefined) process.env.BENCH_BATCH_TIMEOUT = values["batch-timeout"];
  const t0 = performance.now();
  try {
    const outcome = await run({ ...defaults, progress: (msg) => console.error(`[etl-load] ${msg}`) });
    process.exitCode = outcome.errors ? 1 : 0;
  } catch (err) {
    console.error(`[etl-load] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    process.exitCode = 1;
  }
  console.error(`[etl-load] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
