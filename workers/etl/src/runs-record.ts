import { log } from "#shared/http/logger";
import { isoNow } from "#shared/db/index";
import type { EtlJob } from "#shared/queues/messages";
import { recordCivicDataVersion, runChangedCivicData, type RunCounts } from "#shared/civic/data-version";
import { runQualityChecks } from "./quality";
import { afterRun, countRecords } from "./load/registry";
import { sourceNamed } from "./sources";
import type { DocumentOutcome } from "./load/types";


/** Rejects kept per document: enough to see every kind of problem, bounded for a broken feed. */
const MAX_REJECTS_PER_DOCUMENT = 500;

/**
 * How long after each failure a failed document is loaded again, in its own run: the n-th entry
 * follows the n-th failure, and after the last one the document is left failed. The cron does the
 * retrying, so each happens at the first cron (every 15 minutes) past its time.
 */
export const RETRY_BACKOFF_MINUTES = [1, 5, 30, 120, 360] as const;

type Job = Pick<EtlJob, "run_id" | "document">;

/** A run as the API's "Start a run" and the cron answer it (over RPC too, hence declared in shared). */
export type { RunSummary } from "#shared/service/rpc";

/** The outcome of a document that could not be loaded, with the reason. */
export function failedOutcome(error: string): DocumentOutcome {
  return { status: "failed", read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, error, rejects: [] };
}

/** A document's job has begun: its run is making progress, so it is not taken for stalled. */
export async function markStarted(env: Env, job: Job): Promise<void> {
  await env.PLATFORM.prepare("UPDATE etl_runs SET progress_at = ? WHERE id = ? AND status = 'running'").bind(isoNow(), job.run_id).run();
}

/**
 * Files one document's outcome into its run, exactly once: every statement is guarded by the
 * document still being `queued`, and all of them run in one transaction, so a redelivered or
 * resumed job cannot count twice. A failure schedules the document's next attempt (see
 * `RETRY_BACKOFF_MINUTES`). The last document to finish finalises the run; answers whether this
 * one did.
 */
export async function recordDocument(env: Env, job: Job, outcome: DocumentOutcome): Promise<boolean> {
  const stillQueued = "EXISTS (SELECT 1 FROM etl_run_documents WHERE run_id = ? AND document = ? AND status = 'queued')";
  const rejects = outcome.rejects.slice(0, MAX_REJECTS_PER_DOCUMENT);
  if (outcome.rejects.length > rejects.length) {
    rejects.push({ recordIndex: null, sourceId: null, reason: `${outcome.rejects.length - rejects.length} more rejects not listed` });
  }
  const insertReject = env.PLATFORM.prepare(
    `INSERT INTO etl_rejects (run_id, document, record_index, source_id, reason) SELECT ?, ?, ?, ?, ? WHERE ${stillQueued}`,
  );
  const now = new Date();
  const done = outcome.status === "succeeded" ? 1 : 0;
  // The attempt this failure ends picks its delay; past the last one there is no next attempt.
  const nextAttempt = `CASE WHEN ? = 1 THEN NULL ${RETRY_BACKOFF_MINUTES.map((_, i) => `WHEN attempts = ${i} THEN ?`).join(" ")} ELSE NULL END`;
  const retryTimes = RETRY_BACKOFF_MINUTES.map((minutes) => new Date(now.getTime() + minutes * 60_000).toISOString());
  await env.PLATFORM.batch([
    ...rejects.map((r) => insertReject.bind(job.run_id, job.document, r.recordIndex, r.sourceId, r.reason, job.run_id, job.document)),
    env.PLATFORM.prepare(
      `UPDATE etl_runs SET documents_done = documents_done + ?, documents_failed = documents_failed + ?,
         read = read + ?, inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, progress_at = ?
       WHERE id = ? AND ${stillQueued}`,
    ).bind(
      done,
      1 - done,
      outcome.read,
      outcome.inserted,
      outcome.updated,
      outcome.unchanged,
      outcome.rejected,
      now.toISOString(),
      job.run_id,
      job.run_id,
      job.document,
    ),
    env.PLATFORM.prepare(
      `UPDATE etl_run_documents SET status = ?, read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, error = ?, finished_at = ?,
         retry_at = ${nextAttempt}, attempts = attempts + ?
       WHERE run_id = ? AND document = ? AND status = 'queued'`,
    ).bind(
      outcome.status,
      outcome.read,
      outcome.inserted,
      outcome.updated,
      outcome.unchanged,
      outcome.rejected,
      outcome.error ?? null,
      now.toISOString(),
      done,
      ...retryTimes,
      1 - done,
      job.run_id,
      job.document,
    ),
  ]);
  return finaliseRun(env, job.run_id);
}

/** Has this job's document already been recorded (a redelivery of a job that completed)? */
export async function documentRecorded(env: Env, job: Job): Promise<boolean> {
  const row = await env.PLATFORM.prepare("SELECT status FROM etl_run_documents WHERE run_id = ? AND document = ?")
    .bind(job.run_id, job.document)
    .first<{ status: string }>();
  return row !== null && row.status !== "queued";
}

/**
 * Closes a run once every document is recorded: `succeeded`, `partial` (some documents failed)
 * or `failed` (all of them did). The guarded update lets exactly one of several concurrently
 * finishing documents do it; that one runs the quality checks and records freshness. Answers
 * whether this call closed the run, so its caller starts the sources that were waiting for it.
 */
export async function finaliseRun(env: Env, runId: string): Promise<boolean> {
  const closed = await env.PLATFORM.prepare(
    `UPDATE etl_runs SET finished_at = ?,
       status = CASE WHEN documents_failed = 0 THEN 'succeeded' WHEN documents_done = 0 THEN 'failed' ELSE 'partial' END
     WHERE id = ? AND finished_at IS NULL AND documents_done + documents_failed = documents_total`,
  )
    .bind(isoNow(), runId)
    .run();
  if (closed.meta.changes !== 1) return false;

  const run = (await env.PLATFORM.prepare(
    "SELECT source, status, finished_at, inserted, updated, documents_failed FROM etl_runs WHERE id = ?",
  )
    .bind(runId)
    .first<RunCounts & { source: string; status: string; finished_at: string }>())!;
  const source = sourceNamed(run.source);
  if (!source) return true;
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
  return true;
}
