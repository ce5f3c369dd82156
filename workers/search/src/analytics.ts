import { z } from "@hono/zod-openapi";
import { log, errorFields } from "#shared/http/logger";

/**
 * Search analytics in D1 `platform` (`search_queries`): each first page of a search is logged
 * after the answer is sent, and the admin report reads top queries, queries that found nothing,
 * and latency percentiles over a period.
 */

export interface SearchLog {
  query: string;
  filters: Record<string, string>;
  results: number;
  latencyMs: number;
  semantic: boolean;
}

/** Logs a search; a failure is logged and swallowed, since the caller already has the answer. */
export async function logSearch(db: D1Database, entry: SearchLog): Promise<void> {
  try {
    await db
      .prepare("INSERT INTO search_queries (query, filters, results, latency_ms, semantic, searched_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(entry.query, JSON.stringify(entry.filters), entry.results, entry.latencyMs, entry.semantic ? 1 : 0, new Date().toISOString())
      .run();
  } catch (err) {
    log("warn", "search query not logged", errorFields(err));
  }
}

const QueryCountSchema = z.object({
  query: z.string().openapi({ description: "Normalised: lower case, accents folded, as the parser read it." }),
  searches: z.number().int(),
});

export const AnalyticsSchema = z
  .object({
    from: z.string().openapi({ description: "Start of the period (inclusive), ISO-8601 UTC." }),
    to: z.string().openapi({ description: "End of the period (exclusive), ISO-8601 UTC." }),
    searches: z.number().int(),
    zero_result_searches: z.number().int(),
    latency_ms: z
      .object({ p50: z.number().nullable(), p95: z.number().nullable(), p99: z.number().nullable(), max: z.number().nullable() })
      .openapi({ description: "Nearest-rank percentiles of the time to answer, null without searches." }),
    top_queries: z.array(QueryCountSchema.extend({ average_results: z.number() })),
    zero_result_queries: z.array(QueryCountSchema.extend({ last_searched_at: z.string() })),
  })
  .openapi("SearchAnalytics");
export type Analytics = z.infer<typeof AnalyticsSchema>;

export async function analytics(db: D1Database, from: string, to: string, limit: number): Promise<Analytics> {
  const period = "searched_at >= ? AND searched_at < ?";
  const [totals, latencies, top, zero] = await db.batch<Record<string, unknown>>([
    db
      .prepare(`SELECT count(*) AS searches, count(*) FILTER (WHERE results = 0) AS zero, max(latency_ms) AS max FROM search_queries WHERE ${period}`)
      .bind(from, to),
    // Nearest rank: the value at position ceil(p × n), computed in integers as (p100 × n + 99) / 100.
    db
      .prepare(
        `WITH ranked AS (
           SELECT latency_ms, row_number() OVER (ORDER BY latency_ms) AS position, count(*) OVER () AS n
           FROM search_queries WHERE ${period})
         SELECT position, n, latency_ms FROM ranked
         WHERE position IN ((50 * n + 99) / 100, (95 * n + 99) / 100, (99 * n + 99) / 100)`,
      )
      .bind(from, to),
    db
      .prepare(
        `SELECT query, count(*) AS searches, avg(results) AS average_results FROM search_queries WHERE ${period}
         GROUP BY query ORDER BY searches DESC, query LIMIT ?`,
      )
      .bind(from, to, limit),
    db
      .prepare(
        `SELECT query, count(*) AS searches, max(searched_at) AS last_searched_at FROM search_queries WHERE ${period} AND results = 0
         GROUP BY query ORDER BY searches DESC, last_searched_at DESC LIMIT ?`,
      )
      .bind(from, to, limit),
  ]);
  const total = (totals?.results[0] ?? {}) as { searches?: number; zero?: number; max?: number | null };
  const ranked = (latencies?.results ?? []) as { position: number; n: number; latency_ms: number }[];
  const at = (p: number) => ranked.find((r) => r.position === Math.floor((p * r.n + 99) / 100))?.latency_ms ?? null;
  return {
    from,
    to,
    searches: total.searches ?? 0,
    zero_result_searches: total.zero ?? 0,
    latency_ms: { p50: at(50), p95: at(95), p99: at(99), max: total.max ?? null },
    top_queries: ((top?.results ?? []) as { query: string; searches: number; average_results: number }[]).map((r) => ({
      query: r.query,
      searches: r.searches,
      average_results: Math.round(r.average_results * 10) / 10,
    })),
    zero_result_queries: (zero?.results ?? []) as { query: string; searches: number; last_searched_at: string }[],
  };
}
