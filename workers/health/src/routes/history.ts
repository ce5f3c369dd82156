import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { decodeCursor, PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { SERVICES } from "#shared/service/names";
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
      service: z.enum(SERVICES).optional().openapi({ param: { name: "service", in: "query" }, description: "Only this service's checks." }),
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
const utc = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

export function registerHistory(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(route, async (c) => {
    const { limit, cursor, service, from, to } = c.req.valid("query");
    const where: string[] = [];
    const binds: (string | number)[] = [];
    if (service) where.push("service = ?"), binds.push(service);
    if (from) where.push("checked_at >= ?"), binds.push(utc(from)!);
    if (to) where.push("checked_at <= ?"), binds.push(utc(to)!);
    const keyset = [...where];
    const keyBinds = [...binds];
    if (cursor) {
      const [checkedAt, id] = decodeCursor(cursor, 2);
      if (typeof checkedAt !== "string" || typeof id !== "number") throw new ProblemError(400, "The cursor is not one this API issued; start again without it.");
      keyset.push("(checked_at < ? OR (checked_at = ? AND id < ?))");
      keyBinds.push(checkedAt, checkedAt, id);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(" AND ")}` : "");
    const [total, page] = await c.env.PLATFORM.batch<{ n: number } & z.infer<typeof HealthCheck> & { id: number }>([
      c.env.PLATFORM.prepare(`SELECT count(*) AS n FROM health_checks ${clause(where)}`).bind(...binds),
      c.env.PLATFORM.prepare(
        `SELECT id, service, status, latency_ms, checked_at FROM health_checks ${clause(keyset)} ORDER BY checked_at DESC, id DESC LIMIT ?`,
      ).bind(...keyBinds, limit + 1),
    ]);
    const rows = page!.results;
    const body = toPage(rows, limit, (r) => [r.checked_at, r.id], total!.results[0]!.n);
    c.header("cache-control", "private, no-store");
    return c.json({ data: body.data.map(({ id: _, ...check }) => check), pagination: body.pagination }, 200);
  });
}
