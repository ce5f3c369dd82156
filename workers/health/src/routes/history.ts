import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { and, count, eq, gte, lte } from "drizzle-orm";
import { platformDb } from "#shared/db/index";
import { healthChecks } from "#shared/db/platform";
import { after, orderBy, type SortKey } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { problems } from "#shared/http/responses";
import { SERVICES, type ServiceName } from "#shared/service/names";
import { HEALTH_STATUSES } from "#shared/health/statuses";

/**
 * The health service's record of its scheduled checks (one row per service per minute, kept by
 * snapshot.ts), newest first: what the operators' dashboard draws response times and status
 * changes from. Admin only (the gateway's route table).
 */

const HealthCheck = z
  .object({
    service: z.enum(SERVICES),
    status: z.enum(HEALTH_STATUSES),
    latency_ms: z.number().int(),
    checked_at: z.string().openapi({ example: "2026-11-26T04:10:00.000Z" }),
  })
  .openapi("HealthCheckRecord");

const instant = (name: string, description: string) =>
  z.iso
    .datetime({ offset: true, message: "must be an ISO 8601 date-time, e.g. 2026-11-26T04:00:00Z" })
    .optional()
    .openapi({ param: { name, in: "query" }, description });

const route = createRoute({
  method: "get",
  path: "/api/v1/health/history",
  tags: ["health"],
  summary: "Scheduled health checks, newest first (admin)",
  description:
    "Every scheduled check of every service (one a minute each), or of one `service`, between `from` and `to` (inclusive), " +
    "newest first, paged by cursor with the total.",
  request: {
    query: PageQuery.extend({
      service: z
        .enum(SERVICES)
        .optional()
        .openapi({ param: { name: "service", in: "query" }, description: "Only this service's checks." }),
      from: instant("from", "Checks at or after this time."),
      to: instant("to", "Checks at or before this time."),
    }).superRefine((q, ctx) => {
      if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to)) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before `from`" });
    }),
  },
  responses: {
    200: { description: "A page of checks.", content: { "application/json": { schema: pageOf(HealthCheck).openapi("HealthCheckPage") } } },
    ...problems(400),
  },
});

/** Stored times are `toISOString()` strings, so a bound given with an offset is normalised to compare as text. */
const utc = (value: string) => new Date(value).toISOString();

/** Newest first, the later recorded first among checks of the same time; a cursor holds that time and the id. */
const NEWEST_FIRST: SortKey[] = [
  { expr: healthChecks.checkedAt, dir: "desc", type: "string" },
  { expr: healthChecks.id, dir: "desc", type: "number" },
];

export function registerHistory(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(route, async (c) => {
    const { limit, cursor, service, from, to } = c.req.valid("query");
    const db = platformDb(c.env.PLATFORM);
    const filter = and(
      service ? eq(healthChecks.service, service) : undefined,
      from ? gte(healthChecks.checkedAt, utc(from)) : undefined,
      to ? lte(healthChecks.checkedAt, utc(to)) : undefined,
    );
    const [[total], rows] = await Promise.all([
      db.select({ n: count() }).from(healthChecks).where(filter),
      db
        .select({
          id: healthChecks.id,
          service: healthChecks.service,
          status: healthChecks.status,
          latency_ms: healthChecks.latencyMs,
          checked_at: healthChecks.checkedAt,
        })
        .from(healthChecks)
        .where(and(filter, after(NEWEST_FIRST, cursor)))
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    const page = toPage(rows, limit, (r) => [r.checked_at, r.id], total?.n ?? 0);
    c.header("cache-control", "private, no-store");
    // `service` is stored as text; only the names in SERVICES are ever written (snapshot.ts).
    return c.json({ data: page.data.map(({ id: _, ...check }) => ({ ...check, service: check.service as ServiceName })), pagination: page.pagination }, 200);
  });
}
