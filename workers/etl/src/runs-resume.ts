import { and, asc, eq, exists, inArray, isNotNull, lt, lte, sql } from "drizzle-orm";
import { log } from "#shared/http/logger";
import { isoNow, platformDb } from "#shared/db/index";
import { etlRunDocuments, etlRuns } from "#shared/db/platform";
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
  const db = platformDb(env.PLATFORM);
  const claimed = await db
    .update(etlRuns)
    .set({ progressAt: isoNow() })
    .where(and(eq(etlRuns.id, runId), eq(etlRuns.status, "running"), lt(lastProgress, stalledAt)))
    .returning({ source: etlRuns.source });
  const run = claimed[0];
  if (!run) return false;
  const unfinished = await db
    .select({ document: etlRunDocuments.document, urls: etlRunDocuments.urls })
    .from(etlRunDocuments)
    .where(and(eq(etlRunDocuments.runId, runId), eq(etlRunDocuments.status, "queued")))
    .orderBy(etlRunDocuments.document);
  if (unfinished.length === 0) {
    await finaliseRun(env, runId);
    return true;
  }
  const source = sourceNamed(run.source);
  const { found, missing } = source ? await withUrls(env, source, unfinished) : { found: [], missing: unfinished.map((d) => d.document) };
  log("warn", "etl run resumed", { run_id: runId, source: run.source, documents: found.length, unavailable: missing.length });
  await queueJobs(env, runId, run.source, found);
  for (const document of missing) {
    await recordDocument(
      env,
      { run_id: runId, document },
      failedOutcome(source ? "the source no longer lists this document" : `no source named "${run.source}"`),
    );
  }
  return true;
}

/** When a run last made progress: its last document's start or finish, or its own start. */
const lastProgress = sql<string>`coalesce(${etlRuns.progressAt}, ${etlRuns.startedAt})`;

/**
 * Resumes every stalled run (the cron's first task): those whose progress stood still past
 * `STALL_MINUTES`, or, given `lostBefore`, every running run whose last progress came before then.
 */
export async function resumeStalledRuns(env: Env, lostBefore?: string): Promise<RunSummary[]> {
  const before = lostBefore && lostBefore > stalledBefore() ? lostBefore : stalledBefore();
  const results = await platformDb(env.PLATFORM)
    .select({ id: etlRuns.id, source: etlRuns.source, status: etlRuns.status, documents_total: etlRuns.documentsTotal })
    .from(etlRuns)
    .where(and(eq(etlRuns.status, "running"), lt(lastProgress, before)))
    .orderBy(asc(etlRuns.startedAt));
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
  const db = platformDb(env.PLATFORM);
  const runs = await db
    .selectDistinct({ id: etlRuns.id, source: etlRuns.source, documents_total: etlRuns.documentsTotal })
    .from(etlRunDocuments)
    .innerJoin(etlRuns, eq(etlRuns.id, etlRunDocuments.runId))
    .where(
      and(
        isNotNull(etlRunDocuments.retryAt),
        lte(etlRunDocuments.retryAt, now),
        eq(etlRunDocuments.status, "failed"),
        inArray(etlRuns.status, ["partial", "failed"]),
      ),
    );
  const retried: RunSummary[] = [];
  for (const run of runs) {
    const queued = db
      .select({ document: etlRunDocuments.document })
      .from(etlRunDocuments)
      .where(and(eq(etlRunDocuments.runId, run.id), eq(etlRunDocuments.status, "queued")));
    const [documents] = await db.batch([
      db
        .update(etlRunDocuments)
        .set({ status: "queued", retryAt: null })
        .where(
          and(eq(etlRunDocuments.runId, run.id), eq(etlRunDocuments.status, "failed"), isNotNull(etlRunDocuments.retryAt), lte(etlRunDocuments.retryAt, now)),
        )
        .returning({ document: etlRunDocuments.document, urls: etlRunDocuments.urls }),
      db
        .update(etlRuns)
        .set({
          status: "running",
          finishedAt: null,
          error: null,
          progressAt: now,
          documentsFailed: db.$count(etlRunDocuments, and(eq(etlRunDocuments.runId, run.id), eq(etlRunDocuments.status, "failed"))),
        })
        .where(and(eq(etlRuns.id, run.id), exists(queued))),
    ]);
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
