import { z } from "@hono/zod-openapi";
import { BREAKER_STATES } from "../upstream/settings";
import { HEALTH_STATUSES } from "./statuses";

/**
 * A service's own health: every binding it owns is touched (a D1 query, a KV read, ...) and the
 * service is as healthy as its checks. The same shapes travel over RPC to the gateway and the
 * health service, and out through `/api/v1/health`.
 */

export const HealthStatus = z.enum(HEALTH_STATUSES).openapi("HealthStatus");
export type HealthStatus = z.infer<typeof HealthStatus>;

export const CheckResultSchema = z
  .object({
    name: z.string().openapi({ example: "d1:CIVIC" }),
    status: HealthStatus,
    latency_ms: z.number(),
    detail: z.string().optional(),
  })
  .openapi("CheckResult");
export type CheckResult = z.infer<typeof CheckResultSchema>;

/**
 * A service's health as the API answers it. Checks name bindings, schema versions and the text of
 * internal failures, which help an attacker as much as an operator: admins get them, everyone
 * else the status alone (see `serviceHealthFor`).
 */
export const ServiceHealthSchema = z
  .object({
    name: z.string().openapi({ example: "parliament" }),
    status: HealthStatus,
    latency_ms: z.number(),
    checks: z.array(CheckResultSchema).optional().openapi({ description: "Each binding the service touched, with its detail. Admins only." }),
    error: z.string().optional().openapi({ description: "Why the service could not be asked, when it could not. Admins only." }),
    /** The gateway's circuit breaker for the service: `open` while the gateway sheds its load. */
    breaker: z.enum(BREAKER_STATES).optional(),
  })
  .openapi("ServiceHealth");
/** A service's health as measured: its checks are always there (the API shows them to admins only). */
export type ServiceHealth = z.infer<typeof ServiceHealthSchema> & { checks: CheckResult[] };
/** A service's health as one caller may see it. */
export type ServiceHealthView = z.infer<typeof ServiceHealthSchema>;

/** What a caller may see of a service's health: all of it for admins, the status alone for anyone else. */
export function serviceHealthFor(health: ServiceHealth, admin: boolean): ServiceHealthView {
  if (admin) return health;
  const { name, status, latency_ms, breaker } = health;
  return { name, status, latency_ms, ...(breaker ? { breaker } : {}) };
}

/** A named probe of one binding or upstream; it resolves with an optional detail or throws. */
export interface Check {
  name: string;
  /** Resolves `{ degraded }` when the part answers but works only in part (an upstream's breaker is open). */
  run: () => Promise<string | undefined | { degraded: string }>;
}

/** Proves the database answers and its migrations were applied, naming the latest one. */
export function d1Check(binding: string, db: D1Database): Check {
  return {
    name: `d1:${binding}`,
    run: async () => {
      const latest = await db
        .prepare("SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1")
        .first<{ name: string }>()
        .catch((err: unknown) => {
          throw new Error(/no such table/i.test(String(err)) ? "no migrations applied" : String(err));
        });
      if (!latest) throw new Error("no migrations applied");
      return `schema at ${latest.name}`;
    },
  };
}

/** A KV read (of a key that need not exist) proves the namespace answers. */
export function kvCheck(binding: string, kv: KVNamespace): Check {
  return {
    name: `kv:${binding}`,
    run: async () => {
      await kv.get("platform:health-probe");
      return undefined;
    },
  };
}

/**
 * A queue producer cannot be read, and sending a probe message would make every consumer handle
 * noise, so this check proves the binding is wired to a producer and goes no further.
 */
export function queueCheck(binding: string, queue: Queue | undefined): Check {
  return {
    name: `queue:${binding}`,
    run: async () => {
      if (typeof queue?.send !== "function") throw new Error("producer binding missing");
      return "producer bound";
    },
  };
}

/** A call that did not answer in time; named as the platform's own `AbortSignal.timeout` names it. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}

/** Rejects after `ms` so one hung probe cannot hold up a health answer. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** ok when every part is ok, down when every part is down, degraded in between. */
export function combine(statuses: HealthStatus[]): HealthStatus {
  if (statuses.length === 0 || statuses.every((s) => s === "ok")) return "ok";
  if (statuses.every((s) => s === "down")) return "down";
  return "degraded";
}

/** Runs a service's checks in parallel, each with its own timeout. */
export async function runChecks(name: string, checks: Check[], timeoutMs = 1500): Promise<ServiceHealth> {
  const started = Date.now();
  const results = await Promise.all(
    checks.map(async (check): Promise<CheckResult> => {
      const t0 = Date.now();
      try {
        const detail = await withTimeout(check.run(), timeoutMs, check.name);
        if (typeof detail === "object") return { name: check.name, status: "degraded", latency_ms: Date.now() - t0, detail: detail.degraded };
        return { name: check.name, status: "ok", latency_ms: Date.now() - t0, ...(detail ? { detail } : {}) };
      } catch (err) {
        return { name: check.name, status: "down", latency_ms: Date.now() - t0, detail: errorMessage(err) };
      }
    }),
  );
  return { name, status: combine(results.map((r) => r.status)), latency_ms: Date.now() - started, checks: results };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
