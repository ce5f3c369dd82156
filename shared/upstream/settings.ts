import { z } from "zod";

/**
 * Circuit-breaker thresholds, one shape and one set of defaults for every breaker of the
 * platform: the gateway's, one per service (KV `gateway:settings`, field `breaker`), and each
 * service's own, one per external upstream it calls (KV `upstream:settings`, by upstream name).
 * The CircuitBreaker Durable Object is sent them with every call, so a change applies at once.
 */
export const BreakerSettings = z.object({
  /** Failures within `windowSeconds` that open the breaker. */
  failureThreshold: z.number().int().positive(),
  windowSeconds: z.number().int().positive(),
  /** How long the breaker stays open before it lets probes through. */
  cooldownSeconds: z.number().int().positive(),
  /** Probes allowed in flight at once while half-open. */
  halfOpenProbes: z.number().int().positive(),
});
export type BreakerSettings = z.infer<typeof BreakerSettings>;

/** A breaker's states: `open` sheds every call, `half_open` lets a few probes through. */
export const BREAKER_STATES = ["closed", "open", "half_open"] as const;
export type BreakerState = (typeof BREAKER_STATES)[number];

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failureThreshold: 5, windowSeconds: 30, cooldownSeconds: 30, halfOpenProbes: 1 };

/** KV `CONFIG` key of the upstream breakers' settings: `{ "<upstream>": { …any BreakerSettings field } }`. */
export const UPSTREAM_SETTINGS_KEY = "upstream:settings";

const UpstreamSettings = z.record(z.string(), BreakerSettings.partial());

/**
 * One upstream's breaker settings: what KV holds for it, field by field, over the defaults; all
 * defaults when KV holds nothing readable. Read on every call rather than cached in the isolate:
 * an upstream is called only when the caller's own cache misses, and KV caches reads at the edge.
 */
export async function upstreamBreakerSettings(kv: KVNamespace, upstream: string): Promise<BreakerSettings> {
  const stored = await kv.get(UPSTREAM_SETTINGS_KEY, "json").catch(() => null);
  const parsed = UpstreamSettings.safeParse(stored ?? {});
  return { ...DEFAULT_BREAKER_SETTINGS, ...(parsed.success ? parsed.data[upstream] : {}) };
}
