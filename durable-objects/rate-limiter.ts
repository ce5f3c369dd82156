import { DurableObject } from "cloudflare:workers";

/** A quota from the caller's tier: `limit` units, fully restored over `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** One decision, in the terms of the IETF RateLimit headers. */
export interface RateLimitResult {
  allowed: boolean;
  /** `RateLimit-Limit`. */
  limit: number;
  /** `RateLimit-Remaining`: units that could be taken right now. */
  remaining: number;
  /** `RateLimit-Reset`: seconds until the whole quota is available again. */
  resetSeconds: number;
  /** `Retry-After` on a 429: seconds until the refused take would fit; null when allowed. */
  retryAfterSeconds: number | null;
}

/**
 * A lease: `granted` units taken at once, for a gateway isolate to spend on its own requests
 * without calling again. The decision fields describe the meter after the grant; `retryAfterMs`
 * is the exact wait before one unit fits when nothing was granted.
 */
export interface LeaseResult extends RateLimitResult {
  granted: number;
  retryAfterMs: number | null;
}

interface UsageRow extends Record<string, SqlStorageValue> {
  used: number;
  measured_at: number;
  idle_at: number;
}

// Draining in floating point leaves residue (59.99999999999999 for 60); a micro-unit or a
// microsecond of tolerance keeps that from costing a caller a whole unit or second.
const TOLERANCE = 1e-6;

/**
 * The usage of one caller (an API key, a user or a client IP): a GCRA meter kept as the units in
 * use, which drain continuously at `limit / windowSeconds`. A take of `cost` is admitted when
 * `used + cost <= limit`, so a quiet caller may burst up to `limit` at once and a busy one is held
 * to the sustained rate; after `windowSeconds` of quiet the whole quota is back. The quota itself
 * comes with every call (tiers live in config), so the object stores only its usage, and an alarm
 * deletes even that once it has drained to zero.
 *
 * Every decision reads and writes through the synchronous SQL API with no `await` in between, so
 * concurrent takes are decided one after another and the limit is never exceeded.
 */
export class RateLimiter extends DurableObject {
  // Created on the first admitted take rather than in the constructor, so peeking at an idle key
  // or waking for cleanup does not give it storage again.
  private hasTable: boolean;
  private alarmSet = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.hasTable = ctx.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'usage'").toArray().length > 0;
  }

  /** Takes `cost` units if they fit within `limit`; a refused take uses nothing. */
  async take(limit: RateLimit, cost = 1): Promise<RateLimitResult> {
    checkLimit(limit);
    checkCost(cost, limit);
    const now = Date.now();
    const used = this.usedAt(now, limit);
    if (used + cost > limit.limit + TOLERANCE) return decision(limit, used, cost, false);

    const after = used + cost;
    const idleAt = now + Math.ceil((after * limit.windowSeconds * 1000) / limit.limit);
    this.write(after, now, idleAt);
    const result = decision(limit, after, cost, true);
    await this.armAlarm(idleAt);
    return result;
  }

  /**
   * Takes back `giveBack` units an earlier lease left unspent, then grants up to `want` units at
   * once: never more than half of what is free (at least one), so leases shrink as the caller
   * nears its limit and its last units are granted one call at a time. Nothing is granted when
   * not even one unit fits. Leased units count as used from the moment they are granted, so the
   * requests admitted from every lease together never exceed the limit.
   */
  async lease(limit: RateLimit, want: number, giveBack = 0): Promise<LeaseResult> {
    checkLimit(limit);
    checkCost(want, limit);
    if (!Number.isSafeInteger(giveBack) || giveBack < 0 || giveBack > limit.limit) {
      throw new RangeError(`giveBack must be an integer from 0 to the limit, got ${giveBack}`);
    }
    const now = Date.now();
    const used = Math.max(0, this.usedAt(now, limit) - giveBack);
    const free = Math.floor(limit.limit - used + TOLERANCE);
    const granted = free < 1 ? 0 : Math.min(want, Math.max(1, Math.floor(free / 2)));
    if (granted === 0) {
      const refused = decision(limit, used, 1, false);
      return { ...refused, granted: 0, retryAfterMs: Math.max(1, Math.ceil(((used + 1 - limit.limit) * limit.windowSeconds * 1000) / limit.limit)) };
    }
    const after = used + granted;
    const idleAt = now + Math.ceil((after * limit.windowSeconds * 1000) / limit.limit);
    this.write(after, now, idleAt);
    await this.armAlarm(idleAt);
    return { ...decision(limit, after, granted, true), granted, retryAfterMs: null };
  }

  /** What a take of `cost` would get now, without taking anything. */
  async peek(limit: RateLimit, cost = 1): Promise<RateLimitResult> {
    checkLimit(limit);
    checkCost(cost, limit);
    const used = this.usedAt(Date.now(), limit);
    return decision(limit, used, cost, used + cost <= limit.limit + TOLERANCE);
  }

  override async alarm(): Promise<void> {
    const usage = this.read();
    if (usage && usage.idle_at > Date.now()) {
      this.alarmSet = true;
      await this.ctx.storage.setAlarm(usage.idle_at);
      return;
    }
    // Fully drained usage is the same as none: drop the storage (and with it the alarm), so an
    // idle key costs nothing.
    this.alarmSet = false;
    this.hasTable = false;
    await this.ctx.storage.deleteAll();
  }

  // One alarm per instance is enough: when it fires it re-arms for the latest idle time.
  private async armAlarm(idleAt: number): Promise<void> {
    if (this.alarmSet) return;
    this.alarmSet = true;
    await this.ctx.storage.setAlarm(idleAt);
  }

  private usedAt(now: number, limit: RateLimit): number {
    const usage = this.read();
    if (!usage) return 0;
    const drained = (Math.max(0, now - usage.measured_at) * limit.limit) / (limit.windowSeconds * 1000);
    return Math.max(0, usage.used - drained);
  }

  private read(): UsageRow | undefined {
    if (!this.hasTable) return undefined;
    return this.ctx.storage.sql.exec<UsageRow>("SELECT used, measured_at, idle_at FROM usage WHERE id = 1").toArray()[0];
  }

  private write(used: number, measuredAt: number, idleAt: number): void {
    const sql = this.ctx.storage.sql;
    if (!this.hasTable) {
      sql.exec(
        "CREATE TABLE IF NOT EXISTS usage (id INTEGER PRIMARY KEY CHECK (id = 1), used REAL NOT NULL, measured_at INTEGER NOT NULL, idle_at INTEGER NOT NULL)",
      );
      this.hasTable = true;
    }
    sql.exec("INSERT OR REPLACE INTO usage (id, used, measured_at, idle_at) VALUES (1, ?, ?, ?)", used, measuredAt, idleAt);
  }
}

function decision(limit: RateLimit, used: number, cost: number, allowed: boolean): RateLimitResult {
  const seconds = (units: number) => Math.ceil((units * limit.windowSeconds) / limit.limit - TOLERANCE);
  return {
    allowed,
    limit: limit.limit,
    remaining: Math.max(0, Math.floor(limit.limit - used + TOLERANCE)),
    resetSeconds: Math.max(0, seconds(used)),
    retryAfterSeconds: allowed ? null : Math.max(1, seconds(used + cost - limit.limit)),
  };
}

function checkLimit(limit: RateLimit): void {
  if (!Number.isSafeInteger(limit?.limit) || limit.limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit?.limit}`);
  }
  if (!Number.isFinite(limit.windowSeconds) || limit.windowSeconds <= 0) {
    throw new RangeError(`windowSeconds must be a positive number, got ${limit.windowSeconds}`);
  }
}

function checkCost(cost: number, limit: RateLimit): void {
  if (!Number.isSafeInteger(cost) || cost < 1) throw new RangeError(`cost must be a positive integer, got ${cost}`);
  if (cost > limit.limit) throw new RangeError(`a cost of ${cost} can never fit a limit of ${limit.limit}`);
}
