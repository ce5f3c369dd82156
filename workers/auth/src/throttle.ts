import type { Context } from "hono";
import { clientAddressOf } from "#shared/auth/caller";
import { sha256 } from "./digests";

/**
 * Failed sign-ins, counted per account and per client in a fixed window (D1 `login_throttles`).
 * An account that fails 5 times in 15 minutes is locked for 15 minutes, and while locked it
 * answers exactly like a wrong password, so a lock tells an attacker nothing about the account.
 * A client (address) that fails 20 times is told to wait: that reveals nothing about any account.
 * Rows are keyed by a digest, so unknown emails count like real ones and the table lists no
 * addresses.
 */
export const LOCKOUT = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  client: { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const;

export type ThrottleScope = keyof typeof LOCKOUT;

export interface Throttle {
  scope: ThrottleScope;
  key: string;
}

export async function accountThrottle(normalizedEmail: string): Promise<Throttle> {
  return { scope: "account", key: await sha256(`login:account:${normalizedEmail}`) };
}

/**
 * The client as the gateway saw it (`CF-Connecting-IP`, IPv6 by /64), from its signed assertion:
 * never a header the client could have written.
 */
export async function clientThrottle(c: Context): Promise<Throttle> {
  const address = clientAddressOf(c) ?? "unknown";
  return { scope: "client", key: await sha256(`login:client:${address}`) };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** When the lock on `throttle` ends, or null when it is not locked now. */
export async function lockedUntil(db: D1Database, throttle: Throttle, now = Date.now()): Promise<string | null> {
  const row = await db
    .prepare("SELECT locked_until FROM login_throttles WHERE scope = ? AND key = ? AND locked_until > ?")
    .bind(throttle.scope, throttle.key, iso(now))
    .first<{ locked_until: string }>();
  return row?.locked_until ?? null;
}

/**
 * Counts one failure in one statement, so concurrent failures cannot slip past the limit: a
 * window that has run out starts again at 1, and the failure that reaches the limit sets the lock.
 */
export async function recordFailure(db: D1Database, throttle: Throttle, now = Date.now()): Promise<void> {
  const { maxFailures, windowSeconds, lockSeconds } = LOCKOUT[throttle.scope];
  await db
    .prepare(
      `INSERT INTO login_throttles (scope, key, failures, window_started_at, last_failure_at)
       VALUES (?1, ?2, 1, ?3, ?3)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = iif(window_started_at <= ?4, 1, failures + 1),
         locked_until = iif(window_started_at > ?4 AND failures + 1 >= ?5, ?6, locked_until),
         window_started_at = iif(window_started_at <= ?4, ?3, window_started_at),
         last_failure_at = ?3`,
    )
    .bind(throttle.scope, throttle.key, iso(now), iso(now - windowSeconds * 1000), maxFailures, iso(now + lockSeconds * 1000))
    .run();
}

/** A successful sign-in forgets the account's failures (never the client's: an attacker could sign in to their own account to reset them). */
export async function clearFailures(db: D1Database, throttle: Throttle): Promise<void> {
  await db.prepare("DELETE FROM login_throttles WHERE scope = ? AND key = ?").bind(throttle.scope, throttle.key).run();
}
