import { z } from "@hono/zod-openapi";
import { combine, errorMessage, HealthStatus, serviceHealthFor, ServiceHealthSchema, withTimeout, type ServiceHealth } from "./checks";

export const PlatformHealthSchema = z
  .object({
    status: HealthStatus,
    checked_at: z.string().openapi({ example: "2026-11-26T12:00:00.000Z" }),
    latency_ms: z.number(),
    services: z.array(ServiceHealthSchema),
  })
  .openapi("PlatformHealth");
/** The platform's health as measured, every service's checks included. */
export type PlatformHealth = Omit<z.infer<typeof PlatformHealthSchema>, "services"> & { services: ServiceHealth[] };
/** The platform's health as one caller may see it. */
export type PlatformHealthView = z.infer<typeof PlatformHealthSchema>;

/** What a caller may see of the platform's health (see `serviceHealthFor`). */
export function platformHealthFor(health: PlatformHealth, admin: boolean): PlatformHealthView {
  return { ...health, services: health.services.map((service) => serviceHealthFor(service, admin)) };
}

/**
 * Asks every service for its own health over RPC, all at once, each bounded by `timeoutMs`; a
 * service that throws or does not answer in time is `down` with the reason. Used by the
 * gateway's live `/api/v1/health` and by the health service's scheduled snapshots.
 */
export async function probeServices(services: { name: string; health: () => Promise<ServiceHealth> }[], timeoutMs: number): Promise<PlatformHealth> {
  const started = Date.now();
  const results = await Promise.all(
    services.map(async ({ name, health: check }): Promise<ServiceHealth> => {
      const t0 = Date.now();
      try {
        const health = await withTimeout(check(), timeoutMs, `${name} health check`);
        return { ...health, name, latency_ms: Date.now() - t0 };
      } catch (err) {
        return { name, status: "down", latency_ms: Date.now() - t0, checks: [], error: errorMessage(err) };
      }
    }),
  );
  return {
    status: combine(results.map((r) => r.status)) satisfies HealthStatus,
    checked_at: new Date(started).toISOString(),
    latency_ms: Date.now() - started,
    services: results,
  };
}
