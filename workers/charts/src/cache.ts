import { errorFields, log } from "#shared/http/logger";
import { CIVIC_DATA_VERSION_KEY } from "#shared/civic/data-version";
import { hex } from "#shared/encoding";

/**
 * Chart data is cached in KV (the CONFIG namespace), not the Cache API. Charts are reached only
 * through the gateway's service binding, where the Cache API depends on the zone the request
 * came in on (and does nothing on workers.dev), and it caches per data centre; KV is one cache
 * for every location, behaves the same under `wrangler dev` and in tests, and a party-cohesion
 * aggregate computed once serves everyone.
 *
 * Keys carry the civic data version the ETL records when a run changes rows, so a load that
 * changes data makes every chart miss at once; entries of older versions are never read again
 * and expire on their own. Only the data is cached: titles and Chart.js configs are built per
 * request, in the reader's language, from it.
 */

const KEY_PREFIX = "charts:data";
/** Long enough to serve the same numbers between loads; bounded in case rows change outside the ETL. */
const DATA_TTL_SECONDS = 6 * 60 * 60;
/** What the version reads as before the ETL has ever recorded one. */
const NO_VERSION = "none";

export async function civicDataVersion(kv: KVNamespace): Promise<string> {
  return (await kv.get(CIVIC_DATA_VERSION_KEY)) ?? NO_VERSION;
}

/** Parameters as one string whatever their order, hashed so a 500-character query stays a short key. */
async function paramsDigest(params: Record<string, unknown>): Promise<string> {
  const canonical = JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k]]),
  );
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical)));
  return hex(digest.subarray(0, 16));
}

export interface Cached<D> {
  data: D;
  hit: boolean;
}

/**
 * The chart data for these parameters, from the cache when this data version has it, else from
 * `load` (stored after the response, so a miss costs the reader nothing extra). The cache failing
 * never fails the chart: it is then computed as if missed. What `load` throws (a 404) is not cached.
 */
export async function cachedData<D>(
  kv: KVNamespace,
  ctx: { waitUntil(promise: Promise<unknown>): void },
  kind: string,
  params: Record<string, unknown>,
  load: () => Promise<D>,
): Promise<Cached<D>> {
  let key: string | null = null;
  try {
    key = `${KEY_PREFIX}:${await civicDataVersion(kv)}:${kind}:${await paramsDigest(params)}`;
    const cached = await kv.get<D>(key, "json");
    if (cached !== null) return { data: cached, hit: true };
  } catch (err) {
    log("warn", "chart cache unavailable", { kind, ...errorFields(err) });
  }
  const data = await load();
  if (key !== null) {
    const stored = key;
    ctx.waitUntil(
      kv.put(stored, JSON.stringify(data), { expirationTtl: DATA_TTL_SECONDS }).catch((err: unknown) => {
        log("warn", "chart cache write failed", { kind, ...errorFields(err) });
      }),
    );
  }
  return { data, hit: false };
}
