import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { and, count, eq } from "drizzle-orm";
import { platformDb } from "#shared/db/index";
import { etlQualityChecks, etlRejects, etlRunDocuments, etlRuns } from "#shared/db/platform";
import { after, newestFirst, orderBy } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { SOURCES, sourceNamed } from "../sources";
import { startRun } from "../runs";

const Counts = {
  read: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
};

const Run = z
  .object({
    id: z.string(),
    source: z.string(),
    trigger: z.enum(etlRuns.trigger.enumValues),
    status: z.enum(etlRuns.status.enumValues),
    started_at: z.string(),
    finished_at: z.string().nullable(),
    documents_total: z.number().int(),
    documents_done: z.number().int(),
    documents_failed: z.number().int(),
    ...Counts,
    error: z.string().nullable(),
  })
  .openapi("EtlRun");

const RunDetail = Run.extend({
  documents: z.array(
    z.object({
      document: z.string(),
      status: z.string(),
      ...Counts,
      error: z.string().nullable(),
      finished_at: z.string().nullable(),
      attempts: z.number().int().openapi({ description: "How many times the document has failed in this run." }),
      retry_at: z.string().nullable().openapi({ description: "When a failed document is loaded again; null once loaded or out of retries." }),
    }),
  ),
  rejects: z.array(z.object({ document: z.string(), record_index: z.number().int().nullable(), source_id: z.string().nullable(), reason: z.string() })),
  quality: z.array(z.object({ check: z.string(), status: z.enum(["pass", "warn", "fail"]), detail: z.string(), measured: z.unknown() })),
}).openapi("EtlRunDetail");

/** A run as the API names its fields. */
const runColumns = {
  id: etlRuns.id,
  source: etlRuns.source,
  trigger: etlRuns.trigger,
  status: etlRuns.status,
  started_at: etlRuns.startedAt,
  finished_at: etlRuns.finishedAt,
  documents_total: etlRuns.documentsTotal,
  documents_done: etlRuns.documentsDone,
  documents_failed: etlRuns.documentsFailed,
  read: etlRuns.read,
  inserted: etlRuns.inserted,
  updated: etlRuns.updated,
  unchanged: etlRuns.unchanged,
  rejected: etlRuns.rejected,
  error: etlRuns.error,
};

const NEWEST_FIRST = newestFirst(etlRuns.startedAt, etlRuns.id);

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/etl/runs",
  tags: ["etl"],
  summary: "ETL runs, newest first",
  request: {
    query: PageQuery.extend({
      source: z.enum(SOURCES.map((s) => s.name) as [string, ...string[]]).optional(),
      status: z.enum(etlRuns.status.enumValues).optional(),
    }),
  },
  responses: { 200: { description: "A page of runs.", content: { "application/json": { schema: pageOf(Run) } } }, ...problems(400) },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/etl/runs/{id}",
  tags: ["etl"],
  summary: "One run: per-document counts, rejected records with reasons, quality checks",
  request: { params: z.object({ id: z.uuid().openapi({ param: { name: "id", in: "path" } }) }) },
  responses: {
    200: { description: "The run.", content: { "application/json": { schema: RunDetail } } },
    ...problems(400, 404),
  },
});

const startRoute = createRoute({
  method: "post",
  path: "/api/v1/etl/runs",
  tags: ["etl"],
  summary: "Start a run of one source (admin)",
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ source: z.enum(SOURCES.map((s) => s.name) as [string, ...string[]]) }).openapi("EtlRunRequest") } },
    },
  },
  responses: {
    202: {
      description: "The run was started, or the run already in progress is answered (resumed first if it had stalled).",
      content: { "application/json": { schema: z.object({ id: z.string(), source: z.string(), status: z.string(), documents_total: z.number().int() }) } },
    },
    ...problems(400, 409),
  },
});

export function registerRuns(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(listRoute, async (c) => {
    const { limit, cursor, source, status } = c.req.valid("query");
    const db = platformDb(c.env.PLATFORM);
    const filter = and(source ? eq(etlRuns.source, source) : undefined, status ? eq(etlRuns.status, status) : undefined);
    const [[total], rows] = await Promise.all([
      db.select({ n: count() }).from(etlRuns).where(filter),
      db
        .select(runColumns)
        .from(etlRuns)
        .where(and(filter, after(NEWEST_FIRST, cursor)))
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    return c.json(
      toPage(rows, limit, (r) => [r.started_at, r.id], total?.n ?? 0),
      200,
    );
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const [run] = await platformDb(c.env.PLATFORM).select(runColumns).from(etlRuns).where(eq(etlRuns.id, id));
    if (!run) throw new ProblemError(404, `No ETL run with id ${id}.`);
    const db = platformDb(c.env.PLATFORM);
    const [documents, rejects, quality] = await Promise.all([
      db
        .select({
          document: etlRunDocuments.document,
          status: etlRunDocuments.status,
          read: etlRunDocuments.read,
          inserted: etlRunDocuments.inserted,
          updated: etlRunDocuments.updated,
          unchanged: etlRunDocuments.unchanged,
          rejected: etlRunDocuments.rejected,
          error: etlRunDocuments.error,
          finished_at: etlRunDocuments.finishedAt,
          attempts: etlRunDocuments.attempts,
          retry_at: etlRunDocuments.retryAt,
        })
        .from(etlRunDocuments)
        .where(eq(etlRunDocuments.runId, id))
        .orderBy(etlRunDocuments.document),
      db
        .select({ document: etlRejects.document, record_index: etlRejects.recordIndex, source_id: etlRejects.sourceId, reason: etlRejects.reason })
        .from(etlRejects)
        .where(eq(etlRejects.runId, id))
        .orderBy(etlRejects.id)
        .limit(1000),
      db
        .select({ check: etlQualityChecks.check, status: etlQualityChecks.status, detail: etlQualityChecks.detail, measured: etlQualityChecks.measured })
        .from(etlQualityChecks)
        .where(eq(etlQualityChecks.runId, id))
        .orderBy(etlQualityChecks.check),
    ]);
    return c.json({ ...run, documents, rejects, quality: quality.map((q) => ({ ...q, measured: q.measured ?? null })) }, 200);
  });

  app.openapi(startRoute, async (c) => {
    const { source } = c.req.valid("json");
    const run = await startRun(c.env, sourceNamed(source)!, "manual");
    if (!run) throw new ProblemError(409, `The source ${source} has no documents to load in this environment.`);
    return c.json(run, 202);
  });
}
