import { createRoute, z } from "@hono/zod-openapi";
import { callerOf, requireCaller } from "#shared/auth/caller";
import { hasRole } from "#shared/auth/roles";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { analytics, AnalyticsSchema } from "../analytics";
import type { SearchApp } from "../context";

const DAY_MS = 86_400_000;

/** A date (the whole day) or an ISO-8601 UTC timestamp. */
const Instant = z.union([z.iso.date(), z.iso.datetime()], "must be a date (YYYY-MM-DD) or an ISO-8601 UTC timestamp");

const route = createRoute({
  method: "get",
  path: "/api/v1/search/analytics",
  tags: ["search"],
  summary: "Search analytics (admin)",
  description:
    "Over a period (default: the last 30 days): the number of searches and of searches that found nothing, latency " +
    "percentiles (p50/p95/p99, nearest rank, milliseconds), the most frequent queries and the most frequent queries that " +
    "found nothing. Queries are normalised (lower case, accents folded); only first pages count, so paging is not a search.",
  request: {
    query: z.object({
      from: Instant.optional().openapi({ param: { name: "from", in: "query" }, description: "Start (inclusive): a date or timestamp.", example: "2026-01-01" }),
      to: Instant.optional().openapi({
        param: { name: "to", in: "query" },
        description: "End: a date (inclusive, the whole day) or a timestamp (exclusive).",
        example: "2026-01-31",
      }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(20)
        .openapi({ param: { name: "limit", in: "query" }, description: "Queries listed in each ranking (1–100).", example: 20 }),
    }),
  },
  responses: {
    200: { description: "The report.", content: { "application/json": { schema: AnalyticsSchema } } },
    ...problems(400, 401, 403),
  },
});

const startOf = (value: string) => (value.length === 10 ? `${value}T00:00:00.000Z` : new Date(value).toISOString());
const endOf = (value: string) => (value.length === 10 ? new Date(Date.parse(`${value}T00:00:00.000Z`) + DAY_MS).toISOString() : new Date(value).toISOString());

export function registerAnalytics(app: SearchApp): void {
  app.openapi(route, async (c) => {
    // The gateway admits only admins here; checked again so a routing mistake cannot open it.
    requireCaller(c);
    if (!hasRole(callerOf(c).roles, "admin")) throw new ProblemError(403, "Search analytics require the admin role.");
    const query = c.req.valid("query");
    const to = query.to ? endOf(query.to) : new Date().toISOString();
    const from = query.from ? startOf(query.from) : new Date(Date.parse(to) - 30 * DAY_MS).toISOString();
    if (from > to) {
      throw new ProblemError(400, "query.to: must not be before from", { errors: [{ pointer: "query.to", detail: "must not be before from" }] });
    }
    c.header("cache-control", "private, no-store");
    return c.json(await analytics(c.env.PLATFORM, from, to, query.limit), 200);
  });
}
