import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { HEALTH_STATUSES } from "../health/statuses";

/**
 * The platform's own operational data: health history, domain events, queue failures, metric
 * roll-ups, ETL runs and datasets, search analytics and saved charts. A service that needs more
 * adds its tables here, in a numbered migration.
 */

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** One row per service per scheduled health run: the history status pages chart. */
export const healthChecks = sqliteTable(
  "health_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    service: text("service").notNull(),
    status: text("status", { enum: HEALTH_STATUSES }).notNull(),
    latencyMs: integer("latency_ms").notNull(),
    /** The service's check results (or the error that made it unreachable) as JSON. */
    detail: text("detail").notNull(),
    checkedAt: text("checked_at").notNull(),
  },
  (t) => [index("health_checks_service_time").on(t.service, t.checkedAt)],
);

/** The last known status of each service, so a run can tell what changed since the one before. */
export const serviceStatus = sqliteTable("service_status", {
  service: text("service").primaryKey(),
  status: text("status", { enum: HEALTH_STATUSES }).notNull(),
  since: text("since").notNull(),
});

/**
 * Every domain event the platform has seen, once (keyed by the event's own id so a redelivered
 * message is not recorded twice). Subscriptions are matched against it.
 */
export const eventLog = sqliteTable(
  "event_log",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    /** What the event is about, e.g. `service:parliament`, `bill:44-1/C-332`. */
    subject: text("subject").notNull(),
    occurredAt: text("occurred_at").notNull(),
    data: text("data").notNull(),
    receivedAt: text("received_at").notNull().default(now),
  },
  (t) => [index("event_log_type_time").on(t.type, t.occurredAt), index("event_log_subject").on(t.subject, t.occurredAt)],
);

/**
 * Messages a consumer could not process. A row is `retrying` while the queue redelivers it with
 * backoff and becomes `dead` when the dead-letter queue's consumer receives it (or at once when
 * the body can never be valid), so every message is either processed or recorded here.
 */
export const queueFailures = sqliteTable(
  "queue_failures",
  {
    queue: text("queue").notNull(),
    messageId: text("message_id").notNull(),
    state: text("state", { enum: ["retrying", "dead"] }).notNull(),
    attempts: integer("attempts").notNull(),
    lastError: text("last_error").notNull(),
    body: text("body").notNull(),
    firstFailedAt: text("first_failed_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.queue, t.messageId] }), index("queue_failures_state").on(t.state, t.updatedAt)],
);

export type HealthCheckRow = typeof healthChecks.$inferSelect;
export type EventLogRow = typeof eventLog.$inferSelect;
export type QueueFailureRow = typeof queueFailures.$inferSelect;

/**
 * Metrics rolled up per service and time bucket, so history stays cheap to chart after the raw
 * samples are pruned. Recomputing a bucket replaces its row.
 */
export const metricRollups = sqliteTable(
  "metric_rollups",
  {
    metric: text("metric").notNull(),
    service: text("service").notNull(),
    bucketStart: text("bucket_start").notNull(),
    bucketSeconds: integer("bucket_seconds").notNull(),
    count: integer("count").notNull(),
    /** The mean for latencies; the share of ok samples (0–1) for availability. */
    mean: real("mean").notNull(),
    p50: real("p50"),
    p99: real("p99"),
    max: real("max"),
  },
  (t) => [primaryKey({ columns: [t.metric, t.service, t.bucketSeconds, t.bucketStart] })],
);

export type MetricRollupRow = typeof metricRollups.$inferSelect;

/**
 * One load of one source: what started it, how far it got, and its per-source counts. Counts are
 * sums over the run's documents (`etl_run_documents`), kept here so lists need no aggregation.
 */
export const etlRuns = sqliteTable(
  "etl_runs",
  {
    id: text("id").primaryKey(),
    source: text("source").notNull(),
    trigger: text("trigger", { enum: ["cron", "manual", "dependency"] }).notNull(),
    status: text("status", { enum: ["running", "succeeded", "partial", "failed"] }).notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    documentsTotal: integer("documents_total").notNull(),
    documentsDone: integer("documents_done").notNull().default(0),
    documentsFailed: integer("documents_failed").notNull().default(0),
    read: integer("read").notNull().default(0),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    error: text("error"),
    /**
     * When a document of the run last started, finished or failed (or the run was resumed): a
     * running run whose progress stands still longer than the ETL allows is resumed.
     */
    progressAt: text("progress_at"),
  },
  (t) => [index("etl_runs_source_time").on(t.source, t.startedAt), index("etl_runs_time").on(t.startedAt)],
);

/** Each document of a run: the unit of work one `etl-jobs` message carries. */
export const etlRunDocuments = sqliteTable(
  "etl_run_documents",
  {
    runId: text("run_id")
      .notNull()
      .references(() => etlRuns.id, { onDelete: "cascade" }),
    document: text("document").notNull(),
    status: text("status", { enum: ["queued", "succeeded", "failed"] }).notNull(),
    read: integer("read").notNull().default(0),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    error: text("error"),
    finishedAt: text("finished_at"),
    /** Each language's publication (a JSON array of URLs): what a resumed or retried job fetches. */
    urls: text("urls", { mode: "json" }).$type<string[]>(),
    /** How many times the document has failed in this run. */
    attempts: integer("attempts").notNull().default(0),
    /** When a failed document is loaded again; null once it loaded or its retries are spent. */
    retryAt: text("retry_at"),
  },
  (t) => [primaryKey({ columns: [t.runId, t.document] }), index("etl_run_documents_retry").on(t.retryAt).where(sql`retry_at IS NOT NULL`)],
);

/** A record a run could not load, with the reason: what data-quality reports list. */
export const etlRejects = sqliteTable(
  "etl_rejects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: text("run_id")
      .notNull()
      .references(() => etlRuns.id, { onDelete: "cascade" }),
    document: text("document").notNull(),
    recordIndex: integer("record_index"),
    sourceId: text("source_id"),
    reason: text("reason").notNull(),
  },
  (t) => [index("etl_rejects_run").on(t.runId)],
);

/** The data-quality checks run after each load, with what they measured. */
export const etlQualityChecks = sqliteTable(
  "etl_quality_checks",
  {
    runId: text("run_id")
      .notNull()
      .references(() => etlRuns.id, { onDelete: "cascade" }),
    check: text("check").notNull(),
    status: text("status", { enum: ["pass", "warn", "fail"] }).notNull(),
    detail: text("detail").notNull(),
    measured: text("measured", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.check] })],
);

/** Per source: the last successful load and how many records it holds, for freshness. */
export const etlDatasets = sqliteTable("etl_datasets", {
  source: text("source").primaryKey(),
  lastRunId: text("last_run_id"),
  lastSuccessAt: text("last_success_at"),
  recordCount: integer("record_count").notNull().default(0),
});

export type EtlRunRow = typeof etlRuns.$inferSelect;
export type EtlRunDocumentRow = typeof etlRunDocuments.$inferSelect;

/**
 * One search as the search service answered it, for its analytics (top queries, queries that
 * found nothing, latency percentiles). Only first pages are logged, so paging through results
 * does not count a query twice; no caller identity is kept.
 */
export const searchQueries = sqliteTable(
  "search_queries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The query as typed, normalised: accents folded, lower case, whitespace collapsed. */
    query: text("query").notNull(),
    /** The filters and sort that came with it, as JSON (`{ "type": "bill", "sort": "date" }`). */
    filters: text("filters", { mode: "json" }).$type<Record<string, string>>().notNull(),
    results: integer("results").notNull(),
    latencyMs: real("latency_ms").notNull(),
    /** Whether semantic results were blended in (Vectorize bound). */
    semantic: integer("semantic", { mode: "boolean" }).notNull().default(false),
    searchedAt: text("searched_at").notNull().default(now),
  },
  (t) => [index("search_queries_time").on(t.searchedAt), index("search_queries_query_time").on(t.query, t.searchedAt)],
);

export type SearchQueryRow = typeof searchQueries.$inferSelect;

/**
 * How far the search service has embedded statements into Vectorize (when that binding exists):
 * the `(updated_at, id)` of the last statement embedded, so each scheduled run continues from
 * there and a statement the ETL rewrites is embedded again.
 */
export const searchVectorSync = sqliteTable("search_vector_sync", {
  name: text("name").primaryKey(),
  lastUpdatedAt: text("last_updated_at").notNull(),
  lastId: integer("last_id").notNull(),
  embedded: integer("embedded").notNull().default(0),
  syncedAt: text("synced_at").notNull(),
});

/**
 * Charts saved to be shared: a chart kind and its parameters as the charts service validated
 * them, rendered again from current data each time the link is opened. The id is the link's
 * unguessable part; the creator is kept so a person's charts can be told apart, never shown.
 */
export const savedCharts = sqliteTable(
  "saved_charts",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    /** The kind's parameters, e.g. `{ "session": "44-1", "number": 332 }`. */
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>().notNull(),
    /** The language the creator chose; readers may still ask for the other one. */
    lang: text("lang", { enum: ["en", "fr"] }),
    /** A title of the creator's own, shown instead of the generated one. */
    title: text("title"),
    createdBy: text("created_by").notNull(),
    /** The API key it was created with, when it was. */
    apiKeyId: text("api_key_id"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("saved_charts_creator").on(t.createdBy, t.createdAt)],
);

export type SavedChartRow = typeof savedCharts.$inferSelect;
