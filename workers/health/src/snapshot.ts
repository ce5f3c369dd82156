import { platformDb } from "#shared/db/index";
import { healthChecks, serviceStatus } from "#shared/db/platform";
import { probeServices, type PlatformHealth } from "#shared/health/probe";
import type { ServiceHealth } from "#shared/health/checks";
import type { DomainEvent } from "#shared/queues/messages";
import { SERVICE_BINDINGS, SERVICES, type ServiceName } from "#shared/service/names";

/**
 * One scheduled health run: every service is probed (this one through its own checks, the rest
 * over RPC), each result is kept as history, and each service whose status differs from the last
 * run's is announced on the `events` queue.
 */
export async function takeSnapshot(env: Env, ownHealth: () => Promise<ServiceHealth>): Promise<PlatformHealth> {
  const timeoutMs = Number(env.HEALTH_TIMEOUT_MS);
  const snapshot = await probeServices(
    SERVICES.map((name) => ({
      name,
      health: name === "health" ? ownHealth : () => env[SERVICE_BINDINGS[name]].health(),
    })),
    timeoutMs,
  );
  const db = platformDb(env.PLATFORM);

  const previous = new Map((await db.select().from(serviceStatus)).map((row) => [row.service, row.status]));
  const changed = snapshot.services.filter((s) => previous.get(s.name) !== s.status);

  // Events go out before the new statuses are stored: if storing fails, the next run sees the
  // same change and announces it again, which is better than a change nobody hears about.
  if (changed.length > 0) {
    const events: DomainEvent[] = changed.map((s) => ({
      id: crypto.randomUUID(),
      type: "service.status_changed",
      occurred_at: snapshot.checked_at,
      subject: `service:${s.name}`,
      data: {
        service: s.name as ServiceName,
        from: previous.get(s.name) ?? null,
        to: s.status,
        ...(s.error ? { error: s.error } : {}),
      },
    }));
    await env.EVENTS.sendBatch(events.map((body) => ({ body, contentType: "json" })));
  }

  await db.batch([
    db.insert(healthChecks).values(
      snapshot.services.map((s) => ({
        service: s.name,
        status: s.status,
        latencyMs: Math.round(s.latency_ms),
        detail: JSON.stringify(s.error ? { error: s.error } : { checks: s.checks }),
        checkedAt: snapshot.checked_at,
      })),
    ),
    ...changed.map((s) =>
      db
        .insert(serviceStatus)
        .values({ service: s.name, status: s.status, since: snapshot.checked_at })
        .onConflictDoUpdate({ target: serviceStatus.service, set: { status: s.status, since: snapshot.checked_at } }),
    ),
  ]);

  return snapshot;
}
