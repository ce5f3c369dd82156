import { and, gte, lt, sql } from "drizzle-orm";
import { nonEmpty, platformDb } from "#shared/db/index";
import { healthChecks, metricRollups } from "#shared/db/platform";

const HOUR_MS = 3_600_000;
/** Raw health samples are kept this long; the hourly roll-ups keep the history after that. */
export const RAW_RETENTION_DAYS = 30;

/** Nearest-rank percentile of values sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Rolls the health service's samples up into hourly latency and availability per service. The
 * last `hours` complete hours are recomputed on every run, so a run that was missed or a sample
 * that arrived late is caught up, and re-running changes nothing. Returns the rows written.
 */
export async function rollUpHealth(platform: D1Database, now: Date, hours = 2): Promise<number> {
  const db = platformDb(platform);
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  let written = 0;

  for (let h = hours; h >= 1; h--) {
    const start = new Date(currentHour - h * HOUR_MS).toISOString();
    const end = new Date(currentHour - (h - 1) * HOUR_MS).toISOString();
    const samples = await db
      .select({ service: healthChecks.service, status: healthChecks.status, latency: healthChecks.latencyMs })
      .from(healthChecks)
      .where(and(gte(healthChecks.checkedAt, start), lt(healthChecks.checkedAt, end)));
    if (samples.length === 0) continue;

    const byService = Map.groupBy(samples, (s) => s.service);
    const rows = [...byService].flatMap(([service, list]) => {
      const latencies = list.map((s) => s.latency).sort((a, b) => a - b);
      const common = { service, bucketStart: start, bucketSeconds: 3600, count: list.length };
      return [
        {
          ...common,
          metric: "health.latency_ms",
          mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          max: latencies[latencies.length - 1]!,
        },
        { ...common, metric: "health.availability", mean: list.filter((s) => s.status === "ok").length / list.length, p50: null, p99: null, max: null },
      ];
    });
    await db.batch(
      nonEmpty(
        rows.map((row) =>
          db
            .insert(metricRollups)
            .values(row)
            .onConflictDoUpdate({
              target: [metricRollups.metric, metricRollups.service, metricRollups.bucketSeconds, metricRollups.bucketStart],
              set: { count: row.count, mean: row.mean, p50: row.p50, p99: row.p99, max: row.max },
            }),
        ),
      ),
    );
    written += rows.length;
  }

  const cutoff = new Date(now.getTime() - RAW_RETENTION_DAYS * 24 * HOUR_MS).toISOString();
  await db.delete(healthChecks).where(sql`${healthChecks.checkedAt} < ${cutoff}`);
  return written;
}
