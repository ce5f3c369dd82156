import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { eventually } from "./helpers";

/** The RPC surfaces of the services whose crons these tests drive, as the gateway's bindings reach them. */
const monitoring = env.MONITORING as unknown as { rollUp(at: string): Promise<number> };
const notifications = env.NOTIFICATIONS as unknown as {
  digest(at: string): Promise<{ from: string; to: string; events: number; dead_letters: number; queued: boolean }>;
};

describe("monitoring's hourly roll-up of health samples", () => {
  it("computes latency percentiles and availability per service, idempotently, and prunes old samples", async () => {
    const insert = env.PLATFORM.prepare("INSERT INTO health_checks (service, status, latency_ms, detail, checked_at) VALUES (?, ?, ?, '{}', ?)");
    await env.PLATFORM.batch([
      insert.bind("policy", "ok", 10, "2026-01-01T09:00:00.000Z"),
      insert.bind("policy", "ok", 40, "2026-01-01T09:15:00.000Z"),
      insert.bind("policy", "ok", 20, "2026-01-01T09:30:00.000Z"),
      insert.bind("policy", "down", 30, "2026-01-01T09:59:59.999Z"),
      // The next hour is not complete at 10:05 and waits for the next run.
      insert.bind("policy", "ok", 99, "2026-01-01T10:01:00.000Z"),
      // Older than the 30 days raw samples are kept.
      insert.bind("policy", "ok", 5, "2025-11-01T00:00:00.000Z"),
    ]);

    const written = await monitoring.rollUp("2026-01-01T10:05:00.000Z");
    expect(written).toBeGreaterThanOrEqual(2);
    const rows = () =>
      env.PLATFORM.prepare(
        "SELECT metric, count, mean, p50, p99, max FROM metric_rollups WHERE service = 'policy' AND bucket_start = '2026-01-01T09:00:00.000Z' ORDER BY metric",
      ).all();
    const first = (await rows()).results;
    expect(first).toEqual([
      { metric: "health.availability", count: 4, mean: 0.75, p50: null, p99: null, max: null },
      { metric: "health.latency_ms", count: 4, mean: 25, p50: 20, p99: 40, max: 40 },
    ]);

    await monitoring.rollUp("2026-01-01T10:05:00.000Z");
    expect((await rows()).results).toEqual(first);
    const old = await env.PLATFORM.prepare("SELECT count(*) AS n FROM health_checks WHERE checked_at < '2025-12-01'").first<{ n: number }>();
    expect(old!.n).toBe(0);
  });
});

describe("notifications' daily operator digest", () => {
  it("sends what happened since the last digest to the operators' webhook, and nothing for a quiet period", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await env.CONFIG.put("notifications:ops-digest-since", since);
    await env.CONFIG.put("notifications:ops-webhook-url", "http://127.0.0.1:9/ops");
    const eventId = crypto.randomUUID();
    await env.PLATFORM.batch([
      env.PLATFORM.prepare("INSERT INTO event_log (id, type, subject, occurred_at, data) VALUES (?, 'service.status_changed', 'service:mobile', ?, ?)").bind(
        eventId,
        new Date().toISOString(),
        JSON.stringify({ service: "mobile", from: "ok", to: "down" }),
      ),
      env.PLATFORM.prepare(
        "INSERT INTO queue_failures (queue, message_id, state, attempts, last_error, body) VALUES ('etl-jobs', ?, 'dead', 5, 'source offline', '{}')",
      ).bind(crypto.randomUUID()),
    ]);

    const at = new Date(Date.now() + 1000).toISOString();
    const summary = await notifications.digest(at);
    expect(summary).toMatchObject({ from: since, to: at, queued: true });
    expect(summary.events).toBeGreaterThanOrEqual(1);
    expect(summary.dead_letters).toBeGreaterThanOrEqual(1);

    // The webhook is unreachable here, so the digest ends in the dead-letter record, intact.
    const dead = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT body FROM queue_failures WHERE queue = 'notify' AND state = 'dead' AND body LIKE '%ops.daily_digest%' AND body LIKE ?")
          .bind(`%${eventId}%`)
          .first<{ body: string }>()
          .then((row) => row ?? undefined),
      30_000,
      "the digest delivery in the dead-letter record",
    );
    const body = JSON.parse(dead.body) as { template: string; data: { period: { from: string; to: string } } };
    expect(body.template).toBe("ops.daily_digest");
    expect(body.data.period).toEqual({ from: since, to: at });

    const quiet = await notifications.digest(new Date(Date.parse(at) + 1).toISOString());
    expect(quiet).toMatchObject({ from: at, events: 0, dead_letters: 0, queued: false });
  });
});
