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
 * A lease: `granted` units set aside at once, for a gateway isolate to spend on its own requests
 * without calling again, until `LEASE_MS` has passed. The decision fields describe the key after
 * the grant; `retryAfterMs` is the wait before one unit fits when nothing was granted.
 */
export interface LeaseResult extends RateLimitResult {
  /** Names the lease when its unspent units are given back; null when nothing was granted. */
  leaseId: number | null;
  granted: number;
  retryAfterMs: number | null;
}

/** What a gateway isolate reports of its last lease when it asks for the next. */
export interface LeaseReturn {
  leaseId: number;
  unspent: number;
}

/** How long an isolate may spend a lease. */
export const LEASE_MS = 10_000;
/**
 * How much longer the object holds a lease it has not heard back about, so that it never counts
 * a lease's units as spent before the isolate has stopped spending them (the isolate's clock
 * starts when the answer reaches it, after the object's).
 */
const LEASE_GRACE_MS = 5_000;

interface UsageRow extends Record<string, SqlStorageValue> {
  used: number;
  measured_at: number;
  idle_at: number;
}

interface LeaseRow extends Record<string, SqlStorageValue> {
  id: number;
  units: number;
  expires_at: number;
  /** When its units will have drained should it expire unreturned: until then the key is busy. */
  drained_at: number;
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
 * Units leased to gateway isolates are held apart from the meter: they count in full, without
 * draining, until the lease is given back (its spent units then enter the meter, as spent now)
 * or expires (all of them enter the meter, as spent then). The meter therefore never runs behind
 * what was really admitted, in any span of time, however late a lease's units are spent.
 *
 * Every decision reads and writes through the synchronous SQL API with no `await` in between, so
 * concurrent calls are decided one after another and the limit is never exceeded.
 */
export class RateLimiter extends DurableObject {
  // Created on the first admitted take rather than in the constructor, so peeking at an idle key
  // or waking for cleanup does not give it storage again.
  private hasTables: boolean;
  private alarmSet = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.hasTables = ctx.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'usage'").toArray().length > 0;
  }

  /** Takes `cost` units if they fit within `limit`; a refused take uses nothing. */
  async take(limit: RateLimit, cost = 1): Promise<RateLimitResult> {
    checkLimit(limit);
    checkCost(cost, limit);
    const now = Date.now();
    const { used, held } = this.settle(now, limit);
    if (used + held + cost > limit.limit + TOLERANCE) return decision(limit, used + held, cost, false);

    this.write(used + cost, now, limit);
    const result = decision(limit, used + held + cost, cost, true);
    await this.armAlarm(now);
    return result;
  }

  /**
   * Settles the isolate's last lease (`returned`: its unspent units are freed, the rest enter the
   * meter), then sets aside up to `want` units as a new lease: never more than half of what is
   * free (at least one), so leases shrink as the caller nears its limit and its last units are
   * granted one call at a time. Nothing is granted when not even one unit fits.
   */
  async lease(limit: RateLimit, want: number, returned?: LeaseReturn): Promise<LeaseResult> {
    checkLimit(limit);
    checkCost(want, limit);
    if (returned && (!Number.isSafeInteger(returned.leaseId) || !Number.isSafeInteger(returned.unspent) || returned.unspent < 0)) {
      throw new RangeError(`a returned lease needs an integer leaseId and unspent >= 0, got ${JSON.stringify(returned)}`);
    }
    const now = Date.now();
    const { used, held } = this.settle(now, limit, returned);
    const free = Math.floor(limit.limit - used - held + TOLERANCE);
    const granted = free < 1 ? 0 : Math.min(want, Math.max(1, Math.floor(free / 2)));
    if (granted === 0) {
      const refused = decision(limit, used + held, 1, false);
      const waitMs = Math.ceil(((used + held + 1 - limit.limit) * limit.windowSeconds * 1000) / limit.limit);
      return { ...refused, leaseId: null, granted: 0, retryAfterMs: Math.max(1, waitMs) };
    }
    this.createTables();
    const leaseId = this.ctx.storage.sql
      .exec<{ id: number }>(
        "INSERT INTO leases (units, expires_at, drained_at) VALUES (?, ?, ?) RETURNING id",
        granted,
        now + LEASE_MS + LEASE_GRACE_MS,
        now + LEASE_MS + LEASE_GRACE_MS + Math.ceil((granted * limit.windowSeconds * 1000) / limit.limit),
      )
      .one().id;
    await this.armAlarm(now);
    return { ...decision(limit, used + held + granted, granted, true), leaseId, granted, retryAfterMs: null };
  }

  /** What a take of `cost` would get now, without taking anything. */
  async peek(limit: RateLimit, cost = 1): Promise<RateLimitResult> {
    checkLimit(limit);
    checkCost(cost, limit);
    const { used, held } = this.measure(Date.now(), limit);
    return decision(limit, used + held, cost, used + held + cost <= limit.limit + TOLERANCE);
  }

  override async alarm(): Promise<void> {
    const usage = this.read();
    const lastLease = this.hasTables ? this.ctx.storage.sql.exec<{ at: number | null }>("SELECT max(drained_at) AS at FROM leases").one().at : null;
    const busyUntil = Math.max(usage?.idle_at ?? 0, lastLease ?? 0);
    if (busyUntil > Date.now()) {
      this.alarmSet = true;
      await this.ctx.storage.setAlarm(busyUntil);
      return;
    }
    // Fully drained usage is the same as none (every lease included, returned or not): drop the
    // storage (and with it the alarm), so an idle key costs nothing.
    this.alarmSet = false;
    this.hasTables = false;
    await this.ctx.storage.deleteAll();
  }

  // One alarm per instance is enough: when it fires it re-arms for the latest busy time.
  private async armAlarm(now: number): Promise<void> {
    if (this.alarmSet) return;
    this.alarmSet = true;
    await this.ctx.storage.setAlarm(now + LEASE_MS + LEASE_GRACE_MS);
  }

  /** The meter drained to `now` (expired leases entered in it) and the units leases hold. */
  private measure(now: number, limit: RateLimit): { used: number; held: number; expired: LeaseRow[] } {
    if (!this.hasTables) return { used: 0, held: 0, expired: [] };
    const rate = limit.limit / (limit.windowSeconds * 1000);
    const usage = this.read();
    let used = usage ? Math.max(0, usage.used - Math.max(0, now - usage.measured_at) * rate) : 0;
    let held = 0;
    const expired: LeaseRow[] = [];
    for (const lease of this.ctx.storage.sql.exec<LeaseRow>("SELECT id, units, expires_at, drained_at FROM leases").toArray()) {
      if (lease.expires_at > now) held += lease.units;
      else {
        // Counted as spent when it expired, and drained since.
        used += Math.max(0, lease.units - (now - lease.expires_at) * rate);
        expired.push(lease);
      }
    }
    return { used, held, expired };
  }

  /**
   * `measure`, with expired leases and the returned one moved into the meter for good: written
   * at once, whatever the call then decides, so no settled unit is ever dropped.
   */
  private settle(now: number, limit: RateLimit, returned?: LeaseReturn): { used: number; held: number } {
    let { used, held, expired } = this.measure(now, limit);
    const sql = this.ctx.storage.sql;
    for (const lease of expired) sql.exec("DELETE FROM leases WHERE id = ?", lease.id);
    let settled = expired.length > 0;
    if (returned && this.hasTables) {
      const lease = sql.exec<LeaseRow>("DELETE FROM leases WHERE id = ? RETURNING id, units, expires_at, drained_at", returned.leaseId).toArray()[0];
      // A lease that expired meanwhile was counted as spent in full: a late return changes nothing.
      if (lease && lease.expires_at > now) {
        held -= lease.units;
        used += lease.units - Math.min(returned.unspent, lease.units);
        settled = true;
      }
    }
    if (settled) this.write(used, now, limit);
    return { used, held };
  }

  private read(): UsageRow | undefined {
    if (!this.hasTables) return undefined;
    return this.ctx.storage.sql.exec<UsageRow>("SELECT used, measured_at, idle_at FROM usage WHERE id = 1").toArray()[0];
  }

  private write(used: number, now: number, limit: RateLimit): void {
    this.createTables();
    const idleAt = now + Math.ceil((used * limit.windowSeconds * 1000) / limit.limit);
    this.ctx.storage.sql.exec("INSERT OR REPLACE INTO usage (id, used, measured_at, idle_at) VALUES (1, ?, ?, ?)", used, now, idleAt);
  }

  private createTables(): void {
    if (this.hasTables) return;
    const sql = this.ctx.storage.sql;
    sql.exec(
      "CREATE TABLE IF NOT EXISTS usage (id INTEGER PRIMARY KEY CHECK (id = 1), used REAL NOT NULL, measured_at INTEGER NOT NULL, idle_at INTEGER NOT NULL)",
    );
    sql.exec(
      "CREATE TABLE IF NOT EXISTS leases (id INTEGER PRIMARY KEY AUTOINCREMENT, units INTEGER NOT NULL, expires_at INTEGER NOT NULL, drained_at INTEGER NOT NULL)",
    );
    this.hasTables = true;
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
