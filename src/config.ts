import { z } from "zod";
import { BreakerSettings, DEFAULT_BREAKER_SETTINGS } from "#shared/upstream/settings";

/**
 * The gateway's tunables, read from KV `CONFIG` (key `gateway:settings`, written by the config
 * service) and cached per isolate for a minute, so a change applies everywhere within a minute
 * without a deploy. Anything absent falls back to the defaults here.
 */

const Limit = z.object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() });

export const GatewaySettings = z.object({
  /** Requests per window for each tier: `anonymous`, `citizen`, and API key tiers. */
  rateLimits: z.record(z.string(), Limit),
  breaker: BreakerSettings,
});
export type GatewaySettings = z.infer<typeof GatewaySettings>;
export type RateLimit = z.infer<typeof Limit>;

export const DEFAULT_SETTINGS: GatewaySettings = {
  rateLimits: {
    anonymous: { limit: 60, windowSeconds: 60 },
    /** Calls presenting credentials that fail, per client address (before any auth lookup once spent). */
    failed_credentials: { limit: 30, windowSeconds: 60 },
    citizen: { limit: 120, windowSeconds: 60 },
    analyst: { limit: 600, windowSeconds: 60 },
    admin: { limit: 1200, windowSeconds: 60 },
    free: { limit: 600, windowSeconds: 60 },
    partner: { limit: 6000, windowSeconds: 60 },
  },
  breaker: DEFAULT_BREAKER_SETTINGS,
};

export const SETTINGS_KEY = "gateway:settings";
const CACHE_MS = 60_000;
let cached: { settings: GatewaySettings; until: number } | undefined;

export async function gatewaySettings(kv: KVNamespace): Promise<GatewaySettings> {
  if (cached && cached.until > Date.now()) return cached.settings;
  const stored = await kv.get(SETTINGS_KEY, "json").catch(() => null);
  const parsed = GatewaySettings.partial().safeParse(stored ?? {});
  const settings: GatewaySettings = {
    rateLimits: { ...DEFAULT_SETTINGS.rateLimits, ...(parsed.success ? parsed.data.rateLimits : {}) },
    breaker: { ...DEFAULT_SETTINGS.breaker, ...(parsed.success ? parsed.data.breaker : {}) },
  };
  cached = { settings, until: Date.now() + CACHE_MS };
  return settings;
}

/** The limit of a tier; an unknown tier (a key minted under a tier since removed) gets the free tier's. */
export function limitFor(settings: GatewaySettings, tier: string): RateLimit {
  return settings.rateLimits[tier] ?? settings.rateLimits.free ?? DEFAULT_SETTINGS.rateLimits.free!;
}
