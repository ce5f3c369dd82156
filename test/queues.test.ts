import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PlatformHealth } from "#shared/health/probe";
import type { DomainEvent } from "#shared/queues/messages";
import { SERVICES } from "#shared/service/names";
import { eventually } from "./helpers";

/** The health service's RPC surface, as the gateway's binding reaches it. */
const healthService = env.HEALTH as unknown as { snapshot(): Promise<PlatformHealth> };

const count = async (sql: string, ...params: unknown[]) =>
  (await env.PLATFORM.prepare(sql)
    .bind(...params)
    .first<{ n: number }>())!.n;

describe("events: produced by the health service, consumed by notifications", () => {
  it("announces each service's first status and journals it once", async () => {
    const snapshot = await healthService.snapshot();
    expect(snapshot.status).toBe("ok");

    const journalled = await eventually(
      async () => {
        const n = await count("SELECT count(*) AS n FROM event_log WHERE occurred_at = ?", snapshot.checked_at);
        return n >= SERVICES.length ? n : undefined;
      },
      30_000,
      `${SERVICES.length} status events in the journal`,
    );
    expect(journalled).toBe(SERVICES.length);
    const row = await env.PLATFORM.prepare("SELECT subject, data FROM event_log WHERE subject = 'service:parliament'").first<{
      subject: string;
      data: string;
    }>();
    expect(JSON.parse(row!.data)).toEqual({ service: "parliament", from: null, to: "ok" });
    expect(await count("SELECT count(*) AS n FROM health_checks WHERE checked_at = ?", snapshot.checked_at)).toBe(SERVICES.length);
    expect(await count("SELECT count(*) AS n FROM service_status WHERE status = 'ok'")).toBe(SERVICES.length);

    // Nothing changed since: the next run keeps history but announces nothing.
    const next = await healthService.snapshot();
    expect(await count("SELECT count(*) AS n FROM health_checks WHERE checked_at = ?", next.checked_at)).toBe(SERVICES.length);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count("SELECT count(*) AS n FROM event_log WHERE occurred_at = ?", next.checked_at)).toBe(0);
  });
});

describe("retries and dead letters", () => {
  it("retries a failing webhook delivery, then records it dead with its last error", async () => {
    // Nothing listens on the discard port: every delivery attempt is refused.
    await env.CONFIG.put("notifications:ops-webhook-url", "http://127.0.0.1:9/alerts");
    const event: DomainEvent = {
      id: crypto.randomUUID(),
      type: "service.status_changed",
      occurred_at: new Date().toISOString(),
      subject: "service:search",
      data: { service: "search", from: "ok", to: "down", error: "search health check timed out after 2000 ms" },
    };
    await env.EVENTS.send(event, { contentType: "json" });

    const dead = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT * FROM queue_failures WHERE queue = 'notify' AND message_id = ? AND state = 'dead'")
          .bind(event.id)
          .first<{ attempts: number; last_error: string; body: string }>()
          .then((row) => row ?? undefined),
      30_000,
      "the notify message in the dead-letter record",
    );
    // The test config allows 2 retries: 3 deliveries in all, then the dead-letter queue.
    expect(dead.attempts).toBe(3);
    expect(dead.last_error).toMatch(/^webhook 127\.0\.0\.1:9 unreachable/);
    expect(JSON.parse(dead.body)).toMatchObject({ id: event.id, channel: "webhook", to: "http://127.0.0.1:9/alerts" });
    // The event itself was processed: journalled once, not dead.
    expect(await count("SELECT count(*) AS n FROM event_log WHERE id = ?", event.id)).toBe(1);
    expect(await count("SELECT count(*) AS n FROM queue_failures WHERE queue = 'events'")).toBe(0);
  });

  it("records a message that can never be valid as dead at once, without retrying it", async () => {
    await env.EVENTS.send({ id: "not-a-uuid", type: "bill.teleported" }, { contentType: "json" });
    const dead = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT * FROM queue_failures WHERE queue = 'events' AND message_id = 'not-a-uuid'")
          .first<{ state: string; attempts: number; last_error: string }>()
          .then((row) => row ?? undefined),
      30_000,
      "the invalid event in the dead-letter record",
    );
    expect(dead.state).toBe("dead");
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain("invalid message body");
  });
});
