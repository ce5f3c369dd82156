import { DurableObject } from "cloudflare:workers";
import type { BreakerSettings, BreakerState } from "#shared/upstream/settings";

/** Thresholds from config, sent with every call so a config change applies at once. */
export type BreakerConfig = BreakerSettings;

export type Outcome = "success" | "failure";

export interface Admission {
  allowed: boolean;
  /** `half_open` on an allowed admission means the request is a probe. */
  state: BreakerState;
  /** `Retry-After` for the 503 when refused; null when allowed. */
  retryAfterSeconds: number | null;
}

export interface BreakerStatus {
  state: BreakerState;
  /** When the breaker last opened (ISO 8601), while it is open or half-open. */
  openedAt: string | null;
  /** While open: seconds until probes are let through. */
  retryAfterSeconds: number | null;
  /** Failures still inside the window they were counted in. */
  recentFailures: number;
  probesInFlight: number;
}

interface TripRow extends Record<string, SqlStorageValue> {
  opened_at: number;
  cooldown_ends_at: number;
}

// A trip row exists while the breaker is open; once its cool-down has ended the breaker is
// half-open, so the passage of time alone needs no write. Failures and probes carry their own
// expiry, so status() can answer without the caller's config.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS trip (id INTEGER PRIMARY KEY CHECK (id = 1), opened_at INTEGER NOT NULL, cooldown_ends_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS failure (at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS probe (expires_at INTEGER NOT NULL);
`;

/**
 * The circuit breaker of one service or one external upstream: closed → open after
 * `failureThreshold` failures within `windowSeconds` → half-open after `cooldownSeconds`, letting
 * at most `halfOpenProbes` requests through at once → closed on a probe's success, or open again
 * with a fresh cool-down on its failure. The caller (the gateway for a service, a service for its
 * upstream, see shared/upstream/breaker.ts) calls `admit` before the call and `record` with the
 * outcome after.
 *
 * All state is in SQLite, so an evicted object resumes where it was; each method decides
 * through the synchronous SQL API without awaiting, so concurrent admissions cannot exceed the
 * probe allowance.
 */
export class CircuitBreaker extends DurableObject {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(SCHEMA);
  }

  async admit(config: BreakerConfig): Promise<Admission> {
    checkConfig(config);
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    const trip = this.trip();
    if (!trip) return { allowed: true, state: "closed", retryAfterSeconds: null };
    if (now < trip.cooldown_ends_at) {
      return { allowed: false, state: "open", retryAfterSeconds: secondsUntil(trip.cooldown_ends_at, now) };
    }

    // A probe whose outcome never comes back (its request was cancelled) holds its slot for one
    // cool-down at most, so it cannot keep the breaker half-open for good.
    sql.exec("DELETE FROM probe WHERE expires_at <= ?", now);
    const probes = sql.exec<{ n: number; first: number | null }>("SELECT count(*) AS n, min(expires_at) AS first FROM probe").one();
    if (probes.n >= config.halfOpenProbes) {
      return { allowed: false, state: "half_open", retryAfterSeconds: secondsUntil(probes.first ?? now, now) };
    }
    sql.exec("INSERT INTO probe (expires_at) VALUES (?)", now + config.cooldownSeconds * 1000);
    return { allowed: true, state: "half_open", retryAfterSeconds: null };
  }

  /** Records how an admitted call went (the caller decides what counts as a failure). */
  async record(outcome: Outcome, config: BreakerConfig): Promise<BreakerState> {
    checkConfig(config);
    if (outcome !== "success" && outcome !== "failure") throw new RangeError(`outcome must be success or failure, got ${outcome}`);
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    const trip = this.trip();

    if (!trip) {
      if (outcome === "success") return "closed";
      sql.exec("DELETE FROM failure WHERE expires_at <= ?", now);
      sql.exec("INSERT INTO failure (at, expires_at) VALUES (?, ?)", now, now + config.windowSeconds * 1000);
      const { n } = sql.exec<{ n: number }>("SELECT count(*) AS n FROM failure").one();
      if (n < config.failureThreshold) return "closed";
      this.open(now, config);
      return "open";
    }

    // Outcomes of requests admitted before the breaker opened say nothing about the service now.
    if (now < trip.cooldown_ends_at) return "open";

    if (outcome === "failure") {
      this.open(now, config);
      return "open";
    }
    sql.exec("DELETE FROM trip");
    sql.exec("DELETE FROM probe");
    sql.exec("DELETE FROM failure");
    return "closed";
  }

  /** The breaker as `/api/v1/health` shows it; reads only. */
  async status(): Promise<BreakerStatus> {
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    const trip = this.trip();
    const count = (table: "failure" | "probe") => sql.exec<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE expires_at > ?`, now).one().n;
    const recentFailures = count("failure");
    if (!trip) return { state: "closed", openedAt: null, retryAfterSeconds: null, recentFailures, probesInFlight: 0 };
    const open = now < trip.cooldown_ends_at;
    return {
      state: open ? "open" : "half_open",
      openedAt: new Date(trip.opened_at).toISOString(),
      retryAfterSeconds: open ? secondsUntil(trip.cooldown_ends_at, now) : null,
      recentFailures,
      probesInFlight: open ? 0 : count("probe"),
    };
  }

  private trip(): TripRow | undefined {
    return this.ctx.storage.sql.exec<TripRow>("SELECT opened_at, cooldown_ends_at FROM trip").toArray()[0];
  }

  // The failures that tripped the breaker stay until they expire or a probe succeeds, so status()
  // still shows why it opened.
  private open(now: number, config: BreakerConfig): void {
    const sql = this.ctx.storage.sql;
    sql.exec("INSERT OR REPLACE INTO trip (id, opened_at, cooldown_ends_at) VALUES (1, ?, ?)", now, now + config.cooldownSeconds * 1000);
    sql.exec("DELETE FROM probe");
  }
}

function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

function checkConfig(config: BreakerConfig): void {
  const positiveInteger = (name: "failureThreshold" | "halfOpenProbes") => {
    if (!Number.isSafeInteger(config?.[name]) || config[name] < 1) {
      throw new RangeError(`${name} must be a positive integer, got ${config?.[name]}`);
    }
  };
  const positive = (name: "windowSeconds" | "cooldownSeconds") => {
    if (!Number.isFinite(config?.[name]) || config[name] <= 0) {
      throw new RangeError(`${name} must be a positive number, got ${config?.[name]}`);
    }
  };
  positiveInteger("failureThreshold");
  positiveInteger("halfOpenProbes");
  positive("windowSeconds");
  positive("cooldownSeconds");
}
