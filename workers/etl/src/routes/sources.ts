import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { and, eq, isNotNull, max, min, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { platformDb } from "#shared/db/index";
import { etlDatasets, etlRunDocuments, etlRuns } from "#shared/db/platform";
import { SOURCES } from "../sources";

const SourceStatus = z
  .object({
    name: z.string().openapi({ example: "hansard-debates" }),
    title: z.string(),
    publisher: z.string(),
    format: z.string(),
    url_pattern: z.string(),
    refresh_hours: z.number().int(),
    depends_on: z.array(z.string()),
    last_success_at: z.string().nullable(),
    last_run_id: z
      .string()
      .nullable()
      .openapi({ description: "The run that last loaded the source successfully (`succeeded` or `partial`): the one `last_success_at` is from." }),
    last_run: z
      .object({
        id: z.string(),
        status: z.string(),
        started_at: z.string(),
        finished_at: z.string().nullable(),
        next_retry_at: z.string().nullable().openapi({ description: "When the run's failed documents are next loaded again, if any are due for a retry." }),
      })
      .nullable(),
    record_count: z.number().int(),
    stale: z.boolean().openapi({ description: "Never loaded, or not refreshed within `refresh_hours`." }),
    staleness_hours: z.number().nullable().openapi({ description: "Hours since the last successful load." }),
  })
  .openapi("EtlSource");

const route = createRoute({
  method: "get",
  path: "/api/v1/etl/sources",
  tags: ["etl"],
  summary: "Every dataset, its last successful load, record count and staleness",
  responses: { 200: { description: "One entry per source.", content: { "application/json": { schema: z.object({ data: z.array(SourceStatus) }) } } } },
});

export function registerSources(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(route, async (c) => {
    const db = platformDb(c.env.PLATFORM);
    const latest = alias(etlRuns, "latest");
    const [datasets, runs] = await Promise.all([
      db
        .select({
          source: etlDatasets.source,
          last_run_id: etlDatasets.lastRunId,
          last_success_at: etlDatasets.lastSuccessAt,
          record_count: etlDatasets.recordCount,
        })
        .from(etlDatasets),
      db
        .select({
          source: etlRuns.source,
          id: etlRuns.id,
          status: etlRuns.status,
          started_at: etlRuns.startedAt,
          finished_at: etlRuns.finishedAt,
          next_retry_at: sql<string | null>`${db
            .select({ at: min(etlRunDocuments.retryAt) })
            .from(etlRunDocuments)
            .where(and(eq(etlRunDocuments.runId, etlRuns.id), isNotNull(etlRunDocuments.retryAt)))}`,
        })
        .from(etlRuns)
        .where(
          eq(
            etlRuns.startedAt,
            sql`${db
              .select({ at: max(latest.startedAt) })
              .from(latest)
              .where(eq(latest.source, etlRuns.source))}`,
          ),
        ),
    ]);
    const bySource = new Map(datasets.map((d) => [d.source, d]));
    const lastRun = new Map(runs.map((r) => [r.source, r]));
    const now = Date.now();
    const data = SOURCES.map((s) => {
      const d = bySource.get(s.name);
      const run = lastRun.get(s.name);
      const age = d?.last_success_at ? (now - Date.parse(d.last_success_at)) / 3_600_000 : null;
      return {
        name: s.name,
        title: s.title,
        publisher: s.publisher,
        format: s.format,
        url_pattern: s.urlPattern,
        refresh_hours: s.refreshHours,
        depends_on: s.dependsOn,
        last_success_at: d?.last_success_at ?? null,
        last_run_id: d?.last_run_id ?? null,
        last_run: run ? { id: run.id, status: run.status, started_at: run.started_at, finished_at: run.finished_at, next_retry_at: run.next_retry_at } : null,
        record_count: d?.record_count ?? 0,
        stale: age === null || age > s.refreshHours,
        staleness_hours: age === null ? null : Math.round(age * 10) / 10,
      };
    });
    c.header("cache-control", "public, max-age=30");
    return c.json({ data }, 200);
  });
}
