import { log } from "#shared/http/logger";
import { isoNow } from "#shared/db/index";
import { failedOutcome, finaliseRun, recordDocument, type RunSummary } from "./runs-record";
import { queueJobs, withUrls } from "./runs-jobs";
import { sourceNamed } from "./sources";

/**
 * A running run none of whose documents has started, finished or failed for this long is taken
 * for lost (its Worker was killed, or its messages were: local queues keep them in memory) and
 * resumed. A document takes seconds, so this is many times the longest a live run stands still.
 */
const STALL_MINUTES = 5;

/** The progress time before which a running run counts as stalled. */
export function stalledBefore(now = Date.now()): string {
  return new Date(now - STALL_MINUTES * 60_000).toISOString();
}

/**
 * Resumes a stalled run: queues again every document it has not recorded, down the same fetch →
 * parse → validate → load path. Loads are idempotent upserts and each document is written in one
 * transaction, so a document that was in flight, or loaded but not yet recorded, is safe to redo.
 * A run whose documents were all recorded but which was never closed is closed now. Answers
 * false when the run is not stalled (or another caller resumed it first).
 */
export async function resumeRun(env: Env, runId: string, stalledAt = stalledBefore()): Promise<boolean> {
  const claimed = await env.PLATFORM.prepare("UPDATE etl_runs SET progress_at = ? WHERE id = ? AND status = 'running' AND coalesce(progress_at, started_at) < ?")
    .bind(isoNow(), runId, stalledAt)
    .run();
  if (claimed.meta.changes !== 1) return false;
  const run = (await env.PLATFORM.prepare("SELECT source FROM etl_runs WHERE id = ?").bind(runId).first<{ source: string }>())!;
  const { results: unfinished } = await env.PLATFORM.prepare(
    "SELECT document, urls FROM etl_run_documents WHERE run_id = ? AND status = 'queued' ORDER BY document",
  )
    .bind(runId)
    .all<{ document: string; urls: string | null }>();
  if (unfinished.length === 0) {
    await finaliseRun(env, runId);
    return true;
  }
  const source = sourceNamed(run.source);
  const { found, missing } = source ? await withUrls(env, source, unfinished) : { found: [], missing: unfinished.map((d) => d.document) };
  log("warn", "etl run resumed", { run_id: runId, source: run.source, documents: found.length, unavailable: missing.length });
  await queueJobs(env, runId, run.source, found);
  for (const document of missing) {
    await recordDocument(env, { run_id: runId, document }, failedOutcome(source ? "the source no longer lists this document" : `no source named "${run.source}"`));
  }
  return true;
}

/**
 * Resumes every stalled run (the cron's first task): those whose progress stood still past
 * `STALL_MINUTES`, or, given `lostBefore`, every running run whose last progress came before then.
 */
export async function resumeStalledRuns(env: Env, lostBefore?: string): Promise<RunSummary[]> {
  const before = lostBefore && lostBefore > stalledBefore() ? lostBefore : stalledBefore();
  const { results } = await env.PLATFORM.prepare(
    "SELECT id, source, status, documents_total FROM etl_runs WHERE status = 'running' AND coalesce(progress_at, started_at) < ? ORDER BY started_at",
  )
    .bind(before)
    .all<RunSummary>();
  const resumed: RunSummary[] = [];
  for (const run of results) if (await resumeRun(env, run.id, before)) resumed.push(run);
  return resumed;
}

/**
 * Loads again the failed documents whose retry time has come (see `RETRY_BACKOFF_MINUTES`), in
 * their own run, which reopens as `running` and closes again when they are recorded. A new run of
 * the source clears its older runs' retries, since it loads every document anyway.
 */
export async function retryFailedDocuments(env: Env): Promise<RunSummary[]> {
  const now = isoNow();
  const { results: runs } = await env.PLATFORM.prepare(
    `SELECT DISTINCT r.id, r.source, r.documents_total FROM etl_run_documents d JOIN etl_runs r ON r.id = d.run_id
     WHERE d.retry_at IS NOT NULL AND d.retry_at <= ? AND d.status = 'failed' AND r.status IN ('partial', 'failed')`,
  )
    .bind(now)
    .all<Omit<RunSummary, "status">>();
  const retried: RunSummary[] = [];
  for (const run of runs) {
    const [requeued] = await env.PLATFORM.batch<{ document: string; urls: string | null }>([
      env.PLATFORM.prepare(
        `UPDATE etl_run_documents SET status = 'queued', retry_at = NULL
         WHERE run_id = ? AND status = 'failed' AND retry_at IS NOT NULL AND retry_at <= ? RETURNING document, urls`,
      ).bind(run.id, now),
      env.PLATFORM.prepare(
        `UPDATE etl_runs SET status = 'running', finished_at = NULL, progress_at = ?2,
           documents_failed = (SELECT count(*) FROM etl_run_documents WHERE run_id = ?1 AND status = 'failed')
         WHERE id = ?1 AND EXISTS (SELECT 1 FROM etl_run_documents WHERE run_id = ?1 AND status = 'queued')`,
      ).bind(run.id, now),
    ]);
    const documents = requeued!.results;
    if (documents.length === 0) continue;
    const source = sourceNamed(run.source);
    const { found, missing } = source ? await withUrls(env, source, documents) : { found: [], missing: documents.map((d) => d.document) };
    log("info", "etl documents retried", { run_id: run.id, source: run.source, documents: found.length });
    await queueJobs(env, run.id, run.source, found);
    for (const document of missing) {
      await recordDocument(env, { run_id: run.id, document }, failedOutcome("the source no longer lists this document"));
    }
    retried.push({ ...run, status: "running" });
  }
  return retried;
}
