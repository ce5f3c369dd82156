import { and, eq, exists, isNull, sql } from "drizzle-orm";
import { log } from "#shared/http/logger";
import { isoNow, platformDb, type PlatformDb } from "#shared/db/index";
import { etlDatasets, etlRunDocuments, etlRuns } from "#shared/db/platform";
import type { EtlJob } from "#shared/queues/messages";
import { recordCivicDataVersion, runChangedCivicData } from "#shared/civic/data-version";
import { runQualityChecks } from "./quality";
import { afterRun, countRecords } from "./load/registry";
import { sourceNamed } from "./sources";
import { statement } from "./statement";
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

/**
 * A document's job begins: answers whether its document has already been recorded (a redelivery
 * of a job that completed), and otherwise marks its run as making progress, so it is not taken
 * for stalled. One round trip: marking a run that the document already closed changes nothing,
 * as only a running run is marked.
 */
export async function beginDocument(env: Env, job: Job): Promise<{ recorded: boolean }> {
  const db = platformDb(env.PLATFORM);
  const [found] = await env.PLATFORM.batch<{ status: string }>([
    statement(
      env.PLATFORM,
      db
        .select({ status: etlRunDocuments.status })
        .from(etlRunDocuments)
        .where(and(eq(etlRunDocuments.runId, job.run_id), eq(etlRunDocuments.document, job.document))),
    ),
    statement(
      env.PLATFORM,
      db
        .update(etlRuns)
        .set({ progressAt: isoNow() })
        .where(and(eq(etlRuns.id, job.run_id), eq(etlRuns.status, "running"))),
    ),
  ]);
  const row = found?.results[0];
  return { recorded: row !== undefined && row.status !== "queued" };
}

/**
 * Files one document's outcome into its run, exactly once: every statement is guarded by the
 * document still being `queued`, and all of them run in one transaction, so a redelivered or
 * resumed job cannot count twice. A failure schedules the document's next attempt (see
 * `RETRY_BACKOFF_MINUTES`). The last document to finish finalises the run, in the same
 * transaction; answers whether this one did.
 */
export async function recordDocument(env: Env, job: Job, outcome: DocumentOutcome): Promise<boolean> {
  const db = platformDb(env.PLATFORM);
  const rejects = outcome.rejects.slice(0, MAX_REJECTS_PER_DOCUMENT);
  if (outcome.rejects.length > rejects.length) {
    rejects.push({ recordIndex: null, sourceId: null, reason: `${outcome.rejects.length - rejects.length} more rejects not listed` });
  }
  const now = new Date();
  const done = outcome.status === "succeeded" ? 1 : 0;
  // The attempt this failure ends picks its delay; past the last one there is no next attempt.
  const retryTimes = RETRY_BACKOFF_MINUTES.map((minutes) => new Date(now.getTime() + minutes * 60_000).toISOString());
  const nextAttempt = sql<string | null>`CASE WHEN ${done} = 1 THEN NULL ${sql.join(
    retryTimes.map((at, i) => sql`WHEN ${etlRunDocuments.attempts} = ${i} THEN ${at}`),
    sql` `,
  )} ELSE NULL END`;
  // Raw SQL: each reject is inserted only while the document is queued (INSERT … SELECT … WHERE
  // EXISTS), which drizzle's insert cannot say.
  const insertReject = env.PLATFORM.prepare(
    "INSERT INTO etl_rejects (run_id, document, record_index, source_id, reason) SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM etl_run_documents WHERE run_id = ?1 AND document = ?2 AND status = 'queued')",
  );
  const results = await env.PLATFORM.batch([
    ...rejects.map((r) => insertReject.bind(job.run_id, job.document, r.recordIndex, r.sourceId, r.reason)),
    statement(
      env.PLATFORM,
      db
        .update(etlRuns)
        .set({
          documentsDone: sql`${etlRuns.documentsDone} + ${done}`,
          documentsFailed: sql`${etlRuns.documentsFailed} + ${1 - done}`,
          read: sql`${etlRuns.read} + ${outcome.read}`,
          inserted: sql`${etlRuns.inserted} + ${outcome.inserted}`,
          updated: sql`${etlRuns.updated} + ${outcome.updated}`,
          unchanged: sql`${etlRuns.unchanged} + ${outcome.unchanged}`,
          rejected: sql`${etlRuns.rejected} + ${outcome.rejected}`,
          progressAt: now.toISOString(),
        })
        .where(and(eq(etlRuns.id, job.run_id), exists(queuedDocument(db, job)))),
    ),
    statement(
      env.PLATFORM,
      db
        .update(etlRunDocuments)
        .set({
          status: outcome.status,
          read: outcome.read,
          inserted: outcome.inserted,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
          rejected: outcome.rejected,
          error: outcome.error ?? null,
          finishedAt: now.toISOString(),
          retryAt: nextAttempt,
          attempts: sql`${etlRunDocuments.attempts} + ${1 - done}`,
        })
        .where(and(eq(etlRunDocuments.runId, job.run_id), eq(etlRunDocuments.document, job.document), eq(etlRunDocuments.status, "queued"))),
    ),
    statement(env.PLATFORM, closeRun(db, job.run_id)),
  ]);
  const closed = results.at(-1)?.results[0] as ClosedRun | undefined;
  if (!closed) return false;
  await afterRunClosed(env, job.run_id, closed);
  return true;
}

/** The job's document while it is still `queued`, as a subquery for `EXISTS`. */
function queuedDocument(db: PlatformDb, job: Job) {
  return db
    .select({ document: etlRunDocuments.document })
    .from(etlRunDocuments)
    .where(and(eq(etlRunDocuments.runId, job.run_id), eq(etlRunDocuments.document, job.document), eq(etlRunDocuments.status, "queued")));
}

/**
 * Closes a run once every document is recorded: `succeeded`, `partial` (some documents failed)
 * or `failed` (all of them did). The guarded update lets exactly one of several concurrently
 * finishing documents do it; that one runs the quality checks and records freshness. Answers
 * whether this call closed the run, so its caller starts the sources that were waiting for it.
 */
export async function finaliseRun(env: Env, runId: string): Promise<boolean> {
  const [run] = await closeRun(platformDb(env.PLATFORM), runId);
  if (!run) return false;
  await afterRunClosed(env, runId, run);
  return true;
}

type ClosedRun = Awaited<ReturnType<typeof closeRun>>[number];

/** The update that closes a run once every document is recorded, answering the run it closed (none otherwise). */
function closeRun(db: PlatformDb, runId: string) {
  return db
    .update(etlRuns)
    .set({
      finishedAt: isoNow(),
      status: sql`CASE WHEN ${etlRuns.documentsFailed} = 0 THEN 'succeeded' WHEN ${etlRuns.documentsDone} = 0 THEN 'failed' ELSE 'partial' END`,
      error: sql`CASE WHEN ${etlRuns.documentsFailed} > 0 AND ${etlRuns.documentsDone} = 0 THEN ${failureReason(db)} ELSE NULL END`,
    })
    .where(and(eq(etlRuns.id, runId), isNull(etlRuns.finishedAt), eq(sql`${etlRuns.documentsDone} + ${etlRuns.documentsFailed}`, etlRuns.documentsTotal)))
    .returning({
      source: etlRuns.source,
      status: etlRuns.status,
      finished_at: etlRuns.finishedAt,
      inserted: etlRuns.inserted,
      updated: etlRuns.updated,
      documents_failed: etlRuns.documentsFailed,
    });
}

/** What follows a run's close: its follow-up work, the civic data version, quality checks, freshness. */
async function afterRunClosed(env: Env, runId: string, run: ClosedRun): Promise<void> {
  const db = platformDb(env.PLATFORM);
  const source = sourceNamed(run.source);
  if (!source) return;
  if (run.status !== "failed") await afterRun(env, source);
  // After the run's own follow-up writes, so nothing derived from the new version predates them.
  if (runChangedCivicData(run)) await recordCivicDataVersion(env.CONFIG, runId);
  await runQualityChecks(env, runId, source);
  if (run.status !== "failed") {
    const dataset = { lastRunId: runId, lastSuccessAt: run.finished_at, recordCount: await countRecords(env, source) };
    await db
      .insert(etlDatasets)
      .values({ source: run.source, ...dataset })
      .onConflictDoUpdate({ target: etlDatasets.source, set: dataset });
  }
  log("info", "etl run finished", { run_id: runId, source: run.source, status: run.status });
}

/**
 * Why a run failed, as its `error`: the reason its first failed document gave (the only one's, for
 * a run of one document), evaluated inside the update that closes the run.
 */
function failureReason(db: PlatformDb) {
  const first = db
    .select({ reason: sql<string>`${etlRunDocuments.document} || ': ' || coalesce(${etlRunDocuments.error}, 'failed')` })
    .from(etlRunDocuments)
    .where(and(eq(etlRunDocuments.runId, etlRuns.id), eq(etlRunDocuments.status, "failed")))
    .orderBy(etlRunDocuments.finishedAt, etlRunDocuments.document)
    .limit(1);
  return sql`CASE WHEN ${etlRuns.documentsTotal} > 1 THEN 'All ' || ${etlRuns.documentsTotal} || ' documents failed; the first, ' ELSE '' END || (${first})`;
}
