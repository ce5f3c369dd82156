import { and, desc, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { log } from "#shared/http/logger";
import { isoNow, platformDb, type PlatformDb } from "#shared/db/index";
import { etlDatasets, etlRunDocuments, etlRuns, type EtlRunRow } from "#shared/db/platform";
import { currentDocuments, queueJobs } from "./runs-jobs";
import type { RunSummary } from "./runs-record";
import { resumeRun, resumeStalledRuns, retryFailedDocuments, stalledBefore } from "./runs-resume";
import { SOURCES, type SourceDefinition } from "./sources";
import { statement } from "./statement";

export { MIRROR_KEY } from "./runs-jobs";
export type { RunSummary } from "./runs-record";

export type RunTrigger = EtlRunRow["trigger"];

/**
 * Starts a run of a source: lists its documents, records the run and one row per document (with
 * its URLs, so the run can be resumed), and queues one `etl-jobs` message per document. A run
 * already in progress is answered instead of starting a second one, resumed first if it has
 * stalled; nothing is answered when the source has no documents.
 */
export async function startRun(env: Env, source: SourceDefinition, trigger: RunTrigger): Promise<RunSummary | null> {
  const running = await runningRun(env, source.name);
  if (running) return answerRunning(env, running);

  const documents = await currentDocuments(env, source);
  if (documents.length === 0) return null;

  const id = crypto.randomUUID();
  const startedAt = isoNow();
  const db = platformDb(env.PLATFORM);
  // Raw SQL: inserted only if the run was (INSERT … SELECT … WHERE EXISTS, which drizzle's insert cannot say).
  const insertDocument = env.PLATFORM.prepare(
    "INSERT INTO etl_run_documents (run_id, document, status, urls) SELECT ?1, ?2, 'queued', ?3 WHERE EXISTS (SELECT 1 FROM etl_runs WHERE id = ?1)",
  );
  const [, inserted] = await env.PLATFORM.batch([
    // This run loads every document, so earlier runs' failed documents need no retry of their own.
    statement(
      env.PLATFORM,
      db
        .update(etlRunDocuments)
        .set({ retryAt: null })
        .where(
          and(
            isNotNull(etlRunDocuments.retryAt),
            inArray(etlRunDocuments.runId, db.select({ id: etlRuns.id }).from(etlRuns).where(eq(etlRuns.source, source.name))),
            notExists(runningOf(db, source.name)),
          ),
        ),
    ),
    // Guarded, as the cron and a finishing run may start the same source at the same moment: only
    // one run of a source is ever running. Raw SQL: an INSERT … SELECT … WHERE NOT EXISTS, which
    // drizzle's insert cannot say.
    env.PLATFORM.prepare(
      `INSERT INTO etl_runs (id, source, trigger, status, started_at, progress_at, documents_total) SELECT ?1, ?2, ?3, 'running', ?4, ?4, ?5
       WHERE NOT EXISTS (SELECT 1 FROM etl_runs WHERE source = ?2 AND status = 'running')`,
    ).bind(id, source.name, trigger, startedAt, documents.length),
    ...documents.map((d) => insertDocument.bind(id, d.document, JSON.stringify(d.urls))),
  ]);
  if (inserted!.meta.changes !== 1) {
    const other = await runningRun(env, source.name);
    return other ? answerRunning(env, other) : null;
  }
  await queueJobs(env, id, source.name, documents);
  log("info", "etl run started", { run_id: id, source: source.name, trigger, documents: documents.length });
  return { id, source: source.name, status: "running", documents_total: documents.length };
}

type RunningRun = RunSummary & { progress_at: string };

/** The source's running run, if any, as a subquery for `EXISTS`. */
function runningOf(db: PlatformDb, source: string) {
  return db
    .select({ id: etlRuns.id })
    .from(etlRuns)
    .where(and(eq(etlRuns.source, source), eq(etlRuns.status, "running")));
}

async function runningRun(env: Env, source: string): Promise<RunningRun | null> {
  const [run] = await platformDb(env.PLATFORM)
    .select({
      id: etlRuns.id,
      source: etlRuns.source,
      status: etlRuns.status,
      documents_total: etlRuns.documentsTotal,
      progress_at: sql<string>`coalesce(${etlRuns.progressAt}, ${etlRuns.startedAt})`,
    })
    .from(etlRuns)
    .where(and(eq(etlRuns.source, source), eq(etlRuns.status, "running")))
    .orderBy(desc(etlRuns.startedAt))
    .limit(1);
  return run ?? null;
}

/** The run in progress, as "Start a run" answers it: resumed first if it has stalled. */
async function answerRunning(env: Env, { progress_at: progressAt, ...run }: RunningRun): Promise<RunSummary> {
  if (progressAt < stalledBefore()) await resumeRun(env, run.id);
  return run;
}

/**
 * Starts every source that is due: never loaded, or loaded longer ago than its refresh
 * interval, and whose dependencies have all been loaded. A source with a run in progress is not
 * due, nor is one never loaded whose last run still has documents waiting for a retry. Every run
 * that finishes calls this, which is how a first load walks down the dependency order by itself.
 */
export async function startDueSources(env: Env, trigger: RunTrigger): Promise<RunSummary[]> {
  const db = platformDb(env.PLATFORM);
  const [datasets, running, retrying] = await Promise.all([
    db.select({ source: etlDatasets.source, last_success_at: etlDatasets.lastSuccessAt }).from(etlDatasets),
    db.selectDistinct({ source: etlRuns.source }).from(etlRuns).where(eq(etlRuns.status, "running")),
    db
      .selectDistinct({ source: etlRuns.source })
      .from(etlRunDocuments)
      .innerJoin(etlRuns, eq(etlRuns.id, etlRunDocuments.runId))
      .where(isNotNull(etlRunDocuments.retryAt)),
  ]);
  const loaded = new Map(datasets.map((r) => [r.source, r.last_success_at]));
  const inProgress = new Set(running.map((r) => r.source));
  const awaitingRetry = new Set(retrying.map((r) => r.source));

  const started: RunSummary[] = [];
  for (const source of SOURCES) {
    if (inProgress.has(source.name)) continue;
    if (!source.dependsOn.every((dep) => loaded.get(dep))) continue;
    const last = loaded.get(source.name);
    if (last && Date.parse(last) + source.refreshHours * 3_600_000 > Date.now()) continue;
    if (!last && awaitingRetry.has(source.name)) continue;
    const run = await startRun(env, source, trigger);
    if (run) started.push(run);
  }
  return started;
}

/**
 * The ETL's cron, also fired once when `npm start` starts: resumes stalled runs (and, given
 * `lostBefore`, every run whose progress predates that time), retries failed documents whose time
 * has come, and starts the sources that are due. Answers the runs it set going.
 */
export async function runCron(env: Env, trigger: RunTrigger, lostBefore?: string): Promise<RunSummary[]> {
  const resumed = await resumeStalledRuns(env, lostBefore);
  const retried = await retryFailedDocuments(env);
  const started = await startDueSources(env, trigger);
  return [...resumed, ...retried, ...started];
}
