import { LEASE_MS, type LeaseResult, type LeaseReturn, type RateLimit, type RateLimitResult } from "../../durable-objects/rate-limiter";
import { errorFields, log } from "#shared/http/logger";

/**
 * Rate limits decided in the isolate, exact across every isolate.
 *
 * Each key's RateLimiter object stays the one authority on its usage, but an isolate does not call
 * it for every request: it takes a lease of several units at once and admits its own requests
 * from the lease until the units are spent or the lease ends (`LEASE_MS`), then asks again,
 * handing back the lease with how much of it is unspent. The object holds a lease's units in full
 * until then, so the requests every isolate admits never add up to more than the limit, in any
 * span of time: nothing is ever admitted over it.
 *
 * A lease is what the key may sustain over `LEASE_MS` (its limit's rate times the lease's length,
 * at least one unit), and the object grants at most half of what is free: a key near its limit is
 * granted one unit at a time, so its last units go exactly to whoever asks. A refusal is
 * remembered until the object said one unit would fit, and answered here meanwhile.
 *
 * What leases cost a caller, in units it could have had and did not:
 * - units leased to one isolate cannot be spent in another: each isolate with a lease on the key
 *   holds at most `LEASE_MS` of the key's rate, until its next request after the lease ends hands
 *   it back; a lease not handed back within the object's grace (5 s) counts as spent when it
 *   expires and drains from then, so no unit is held back longer than 2 × `LEASE_MS` + 5 s;
 * - spent units start draining when their lease is handed back, not when they were spent: up to
 *   `LEASE_MS` + 5 s late;
 * - a refusal remembered here may outlast a unit handed back early elsewhere, by at most the
 *   `Retry-After` it announced.
 */

export { LEASE_MS };
/** How long a request waits for another request's call to the object before making its own. */
const PATIENCE_MS = 2_000;
const KEYS_MAX = 10_000;

/** One call to the key's RateLimiter object: up to `want` units, after settling the last lease. */
export type AskForLease = (want: number, returned?: LeaseReturn) => Promise<LeaseResult>;

interface KeyLease {
  limit: RateLimit;
  /** The lease in hand, and its units not yet spent, spendable until `expiresAt`. */
  leaseId: number | null;
  units: number;
  expiresAt: number;
  /** What the object had free after its last grant, and when: the base of `RateLimit-Remaining`. */
  freeAfter: number;
  grantedAt: number;
  /** When the key's usage will have drained to nothing, as the object last said. */
  resetAt: number;
  /** Until when the object said not even one unit fits. */
  refusedUntil: number;
  /** The call to the object in flight, which other requests for the key wait for. */
  asking: Promise<Outcome> | null;
}

type Outcome = "answered" | "unavailable" | "late";

export class LeaseBook {
  private readonly leases = new Map<string, KeyLease>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Admits or refuses one request against the key's limit. Undefined when the object cannot be
   * reached: the request then goes through, since the limiter protects the platform and must not
   * become what takes it down.
   */
  async admit(key: string, limit: RateLimit, ask: AskForLease): Promise<RateLimitResult | undefined> {
    const lease = this.leaseOf(key, limit);
    for (;;) {
      const now = this.now();
      if (lease.refusedUntil > now) return refusal(lease, now);
      if (lease.units > 0 && lease.expiresAt > now) {
        lease.units--;
        return admission(lease, now);
      }
      const outcome = lease.asking ? await patiently(lease.asking) : await this.renew(key, lease, ask);
      if (outcome === "unavailable") return undefined;
      // A call made by a request that has gone away: this one asks for itself.
      if (outcome === "late" && (await this.renew(key, lease, ask)) === "unavailable") return undefined;
    }
  }

  /** How many units the book holds unspent for a key: what it would give back. */
  held(key: string): number {
    return this.leases.get(key)?.units ?? 0;
  }

  private leaseOf(key: string, limit: RateLimit): KeyLease {
    let lease = this.leases.get(key);
    if (!lease) {
      if (this.leases.size >= KEYS_MAX) this.leases.delete(this.leases.keys().next().value!);
      lease = {
        limit,
        leaseId: null,
        units: 0,
        expiresAt: 0,
        freeAfter: limit.limit,
        grantedAt: 0,
        resetAt: 0,
        refusedUntil: 0,
        asking: null,
      };
      this.leases.set(key, lease);
    } else if (lease.limit.limit !== limit.limit || lease.limit.windowSeconds !== limit.windowSeconds) {
      // The tier changed: the lease was measured against the old limit, so it ends now (its
      // units go back with the next call) and the object decides under the new one.
      lease.limit = limit;
      lease.expiresAt = 0;
      lease.refusedUntil = 0;
    }
    return lease;
  }

  /** What the key may sustain over a lease's length: the units to ask for. */
  private sizeOf({ limit }: KeyLease): number {
    return Math.min(limit.limit, Math.max(1, Math.floor((limit.limit * LEASE_MS) / (limit.windowSeconds * 1000))));
  }

  private renew(key: string, lease: KeyLease, ask: AskForLease): Promise<Outcome> {
    const returned = lease.leaseId === null ? undefined : { leaseId: lease.leaseId, unspent: lease.units };
    const want = this.sizeOf(lease);
    lease.leaseId = null;
    lease.units = 0;
    const asking: Promise<Outcome> = Promise.resolve()
      .then(() => ask(want, returned))
      .then(
        (result): Outcome => {
          const at = this.now();
          // Units still in hand (from a call another request made meanwhile) keep their own end:
          // none is spent after the object stops holding it.
          lease.expiresAt = lease.units > 0 ? Math.min(lease.expiresAt, at + LEASE_MS) : at + LEASE_MS;
          lease.units += result.granted;
          if (result.leaseId !== null) lease.leaseId = result.leaseId;
          lease.freeAfter = result.remaining;
          lease.grantedAt = at;
          lease.resetAt = at + result.resetSeconds * 1000;
          lease.refusedUntil = result.granted === 0 ? at + (result.retryAfterMs ?? 1000) : 0;
          return "answered";
        },
        (err: unknown): Outcome => {
          log("error", "rate limiter unavailable", { key, ...errorFields(err) });
          return "unavailable";
        },
      )
      .then((outcome) => {
        // Settled before anyone waiting on it resumes, so none of them finds it still in flight.
        if (lease.asking === asking) lease.asking = null;
        return outcome;
      });
    lease.asking = asking;
    return asking;
  }
}

/**
 * Waits for another request's call to the object. Should that request be cancelled while its call
 * is in flight, the runtime drops what waits on it; the timer lets this request go on by itself.
 */
async function patiently(asking: Promise<Outcome>): Promise<Outcome> {
  let late!: (outcome: Outcome) => void;
  const lateness = new Promise<Outcome>((resolve) => {
    late = resolve;
  });
  const timer = setTimeout(() => late("late"), PATIENCE_MS);
  try {
    return await Promise.race([asking, lateness]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An admitted request's standing: what the object had free after its last grant, plus what has
 * drained since and what this isolate still holds, is the most the caller could take now.
 */
function admission(lease: KeyLease, now: number): RateLimitResult {
  const { limit, windowSeconds } = lease.limit;
  const drained = Math.floor(((now - lease.grantedAt) * limit) / (windowSeconds * 1000));
  return {
    allowed: true,
    limit,
    remaining: Math.min(limit, lease.freeAfter + drained + lease.units),
    resetSeconds: Math.max(0, Math.ceil((lease.resetAt - now) / 1000)),
    retryAfterSeconds: null,
  };
}

function refusal(lease: KeyLease, now: number): RateLimitResult {
  return {
    allowed: false,
    limit: lease.limit.limit,
    remaining: 0,
    resetSeconds: Math.max(1, Math.ceil((lease.resetAt - now) / 1000)),
    retryAfterSeconds: Math.max(1, Math.ceil((lease.refusedUntil - now) / 1000)),
  };
}
