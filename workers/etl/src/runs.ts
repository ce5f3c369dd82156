import { log } from "#shared/http/logger";
import { isoNow } from "#shared/db/index";
import type { EtlJob } from "#shared/queues/messages";
import { listDocuments } from "./fetch";
import { runQualityChecks } from "./quality";
import { afterRun, countRecords } from "./load/registry";
import { recordCivicDataVersion, runChangedCivicData, type RunCounts } from "#shared/civic/data-version";
import { SOURCES, sourceNamed, type SourceDefinition } from "./sources";

/**
 * KV key of the mirror of data/sources/ that replaces the publishers when set: `npm start` points
 * it at the gateway's /sources/, tests at a stand-in. Unset in production.
 */
export const MIRROR_KEY = "etl:source-mirror-url";

export type RunTrigger = "cron" | "manual" | "dependency";

/** What loading one document did, summed into its run. */
export interface DocumentOutcome {
  status: "succeeded" | "failed";
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error?: string;
  rejects: { recordIndex: number | null; sourceId: string | null; reason: string }[];
}

/** Rejects kept per document: enough to see every kind of problem, bounded for a broken feed. */
const MAX_REJECTS_PER_DOCUMENT = 500;
/** A run still `running` after this long is assumed lost (its Worker was killed) and may be restarted. */
const STALE_RUN_MS = 60 * 60 * 1000;

export interface RunSummary {
  id: string;
  source: string;
  status: string;
  documents_total: number;
}

/**
 * Starts a run of a source: lists its documents, records the run and one row per document, and
 * queues one `etl-jobs` message per document. Answers the run already in progress rather than
 * starting a second one, and nothing when the source has no documents.
 */
export async function startRun(env: Env, source: SourceDefinition, trigger: RunTrigger): Promise<RunSummary | null> {
  const running = await env.PLATFORM.prepare(
    "SELECT id, source, status, documents_total FROM etl_runs WHERE source = ? AND status = 'running' AND started_at > ? ORDER BY started_at DESC LIMIT 1",
  )
    .bind(source.name, new Date(Date.now() - STALE_RUN_MS).toISOString())
    .first<RunSummary>();
  if (running) return running;

  const documents = await listDocuments(source, (await env.CONFIG.get(MIRROR_KEY)) ?? undefined);
  if (documents.length === 0) return null;

  const id = crypto.randomUUID();
  const startedAt = isoNow();
  const insertDocument = env.PLATFORM.prepare("INSERT INTO etl_run_documents (run_id, document, status) VALUES (?, ?, 'queued')");
  await env.PLATFORM.batch([
    env.PLATFORM.prepare(
      "INSERT INTO etl_runs (id, source, trigger, status, started_at, documents_total) VALUES (?, ?, ?, 'running', ?, ?)",
    ).bind(id, source.name, trigger, startedAt, documents.length),
    ...documents.map((d) => insertDocument.bind(id, d.document)),
  ]);

  const jobs: EtlJob[] = documents.map((d) => ({ id: crypto.randomUUID(), run_id: id, source: source.name, document: d.document, urls: d.urls }));
  for (let i = 0; i < jobs.length; i += 100) {
    await env.ETL_JOBS.sendBatch(jobs.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const })));
  }
  log("info", "etl run started", { run_id: id, source: source.name, trigger, documents: documents.length });
  return { id, source: source.name, status: "running", documents_total: documents.length };
}

/**
 * Files one document's outcome into its run, exactly once: every statement is guarded by the
 * document still being `queued`, and all of them run in one transaction, so a redelivered job
 * cannot count twice. The last document to finish finalises the run.
 */
export async function recordDocument(env: Env, job: Pick<EtlJob, "run_id" | "document">, outcome: DocumentOutcome): Promise<void> {
  const stillQueued = "EXISTS (SELECT 1 FROM etl_run_documents WHERE run_id = ? AND document = ? AND status = 'queued')";
  const rejects = outcome.rejects.slice(0, MAX_REJECTS_PER_DOCUMENT);
  if (outcome.rejects.length > rejects.length) {
    rejects.push({ recordIndex: null, sourceId: null, reason: `${outcome.rejects.length - rejects.length} more rejects not listed` });
  }
  const insertReject = env.PLATFORM.prepare(
    `INSERT INTO etl_rejects (run_id, document, record_index, source_id, reason) SELECT ?, ?, ?, ?, ? WHERE ${stillQueued}`,
  );
  const done = outcome.status === "succeeded" ? 1 : 0;
  await env.PLATFORM.batch([
    ...rejects.map((r) => insertReject.bind(job.run_id, job.document, r.recordIndex, r.sourceId, r.reason, job.run_id, job.document)),
    env.PLATFORM.prepare(
      `UPDATE etl_runs SET documents_done = documents_done + ?, documents_failed = documents_failed + ?,
         read = read + ?, inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?
       WHERE id = ? AND ${stillQueued}`,
    ).bind(done, 1 - done, outcome.read, outcome.inserted, outcome.updated, outcome.unchanged, outcome.rejected, job.run_id, job.run_id, job.document),
    env.PLATFORM.prepare(
      `UPDATE etl_run_documents SET status = ?, read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, error = ?, finished_at = ?
       WHERE run_id = ? AND document = ? AND status = 'queued'`,
    ).bind(
      outcome.status,
      outcome.read,
      outcome.inserted,
      outcome.updated,
      outcome.unchanged,
      outcome.rejected,
      outcome.error ?? null,
      isoNow(),
      job.run_id,
      job.document,
    ),
  ]);
  await finaliseRun(env, job.run_id);
}

/** Has this job's document already been recorded (a redelivery of a job that completed)? */
export async function documentRecorded(env: Env, job: Pick<EtlJob, "run_id" | "document">): Promise<boolean> {
  const row = await env.PLATFORM.prepare("SELECT status FROM etl_run_documents WHERE run_id = ? AND document = ?")
    .bind(job.run_id, job.document)
    .first<{ status: string }>();
  return row !== null && row.status !== "queued";
}

/**
 * Closes a run once every document is recorded. The guarded update lets exactly one of several
 * concurrently finishing documents do it; that one runs the quality checks, records freshness,
 * and starts the sources that were waiting for this one.
 */
async function finaliseRun(env: Env, runId: string): Promise<void> {
  const closed = await env.PLATFORM.prepare(
    `UPDATE etl_runs SET finished_at = ?,
       status = CASE WHEN documents_failed = 0 THEN 'succeeded' WHEN documents_done = 0 THEN 'failed' ELSE 'partial' END
     WHERE id = ? AND finished_at IS NULL AND documents_done + documents_failed = documents_total`,
  )
    .bind(isoNow(), runId)
    .run();
  if (closed.meta.changes !== 1) return;

  const run = (await env.PLATFORM.prepare(
    "SELECT source, status, finished_at, inserted, updated, documents_failed FROM etl_runs WHERE id = ?",
  )
    .bind(runId)
    .first<RunCounts & { source: string; status: string; finished_at: string }>())!;
  const source = sourceNamed(run.source);
  if (!source) return;
  if (run.status !== "failed") await afterRun(env, source);
  // After the run's own follow-up writes, so nothing derived from the new version predates them.
  if (runChangedCivicData(run)) await recordCivicDataVersion(env.CONFIG, runId);
  await runQualityChecks(env, runId, source);
  if (run.status !== "failed") {
    await env.PLATFORM.prepare(
      `INSERT INTO etl_datasets (source, last_run_id, last_success_at, record_count) VALUES (?, ?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET last_run_id = excluded.last_run_id, last_success_at = excluded.last_success_at, record_count = excluded.record_count`,
    )
      .bind(run.source, runId, run.finished_at, await countRecords(env, source))
      .run();
  }
  log("info", "etl run finished", { run_id: runId, source: run.source, status: run.status });
  await startDueSources(env, "dependency");
}

/**
 * Starts every source that is due: never loaded, or loaded longer ago than its refresh
 * interval, and whose dependencies have all been loaded. The cron calls it, and so does every
 * run that finishes, which is how a first load walks down the dependency order by itself.
 */
export async function startDueSources(env: Env, trigger: RunTrigger): Promise<RunSummary[]> {
  const { results } = await env.PLATFORM.prepare(
    `SELECT s.source, s.last_success_at,
       (SELECT 1 FROM etl_runs r WHERE r.source = s.source AND r.status = 'running' AND r.started_at > ?) AS running
     FROM etl_datasets s`,
  )
    .bind(new Date(Date.now() - STALE_RUN_MS).toISOString())
    .all<{ source: string; last_success_at: string | null; running: number | null }>();
  const loaded = new Map(results.map((r) => [r.source, r]));
  const inProgress = await env.PLATFORM.prepare("SELECT DISTINCT source FROM etl_runs WHERE status = 'running' AND started_at > ?")
    .bind(new Date(Date.now() - STALE_RUN_MS).toISOString())
    .all<{ source: string }>();
  const running = new Set(inProgress.results.map((r) => r.source));

  const started: RunSummary[] = [];
  for (const source of SOURCES) {
    if (running.has(source.name)) continue;
    if (!source.dependsOn.every((dep) => loaded.get(dep)?.last_success_at)) continue;
    const last = loaded.get(source.name)?.last_success_at;
    if (last && Date.parse(last) + source.refreshHours * 3_600_000 > Date.now()) continue;
    const run = await startRun(env, source, trigger);
    if (run) started.push(run);
  }
  return started;
}
