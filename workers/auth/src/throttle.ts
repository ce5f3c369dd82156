import type { Context } from "hono";
import { clientAddressOf } from "#shared/auth/caller";
import type { THROTTLE_SCOPES } from "#shared/db/identity";
import { sha256 } from "./digests";

/**
 * Failed sign-ins, counted in fixed windows (D1 `login_throttles`) under three scopes:
 *
 * - `account_client`, one account from one client address: 5 failures in 15 minutes lock that
 *   pair for 15 minutes. This is what stops guessing from one place, and it cannot touch the
 *   owner, who signs in from another address.
 * - `account`, one account from every address together: a budget of 50 failures a day. Once spent,
 *   the account turns away addresses it has never signed in from (./sign-in-gate.ts) for a day,
 *   which holds an attacker with many addresses to about 50 guesses a day, while the owner at an
 *   address they use still gets in. (An owner at a new address would need a sign-in link by email,
 *   or waits out the day; a password reset restores the budget.)
 * - `client`, one address across accounts: 20 failures in 15 minutes and the client is told to
 *   wait (429), which reveals nothing about any account.
 *
 * Rows are keyed by digests, so unknown emails count exactly like real ones and the table lists no
 * addresses.
 */
export const LOCKOUT = {
  account_client: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  // The lock is as long as the window, so a spent budget always comes back whole.
  account: { maxFailures: 50, windowSeconds: 24 * 60 * 60, lockSeconds: 24 * 60 * 60 },
  client: { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<ThrottleScope, { maxFailures: number; windowSeconds: number; lockSeconds: number }>;

export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

export interface Throttle {
  scope: ThrottleScope;
  key: string;
}

export async function accountThrottle(normalizedEmail: string): Promise<Throttle> {
  return { scope: "account", key: await sha256(`login:account:${normalizedEmail}`) };
}

/** One account from one client address; the same digest names the address in `known_clients`. */
export async function accountClientThrottle(normalizedEmail: string, address: string): Promise<Throttle> {
  return { scope: "account_client", key: await sha256(`login:account_client:${JSON.stringify([normalizedEmail, address])}`) };
}

/**
 * The client as the gateway saw it (`CF-Connecting-IP`, IPv6 by /64), from its signed assertion:
 * never a header the client could have written.
 */
export async function clientThrottle(c: Context): Promise<Throttle> {
  const address = clientAddressOf(c) ?? "unknown";
  return { scope: "client", key: await sha256(`login:client:${address}`) };
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** When the lock on `throttle` ends, or null when it is not locked now. */
export async function lockedUntil(db: D1Database, throttle: Throttle, now = Date.now()): Promise<string | null> {
  const row = await db
    .prepare("SELECT locked_until FROM login_throttles WHERE scope = ? AND key = ? AND locked_until > ?")
    .bind(throttle.scope, throttle.key, iso(now))
    .first<{ locked_until: string }>();
  return row?.locked_until ?? null;
}

/**
 * One failure as one statement, so concurrent failures cannot slip past the limit: a window that
 * has run out starts again at 1, and the failure that reaches the limit sets the lock.
 */
export function failureStatement(db: D1Database, throttle: Throttle, now = Date.now()): D1PreparedStatement {
  const { maxFailures, windowSeconds, lockSeconds } = LOCKOUT[throttle.scope];
  return db
    .prepare(
      `INSERT INTO login_throttles (scope, key, failures, window_started_at, last_failure_at)
       VALUES (?1, ?2, 1, ?3, ?3)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = iif(window_started_at <= ?4, 1, failures + 1),
         locked_until = iif(window_started_at > ?4 AND failures + 1 >= ?5, ?6, locked_until),
         window_started_at = iif(window_started_at <= ?4, ?3, window_started_at),
         last_failure_at = ?3`,
    )
    .bind(throttle.scope, throttle.key, iso(now), iso(now - windowSeconds * 1000), maxFailures, iso(now + lockSeconds * 1000));
}

/** Forgets a throttle's failures: the pair's after a right password, the account's after a password reset. */
export async function clearFailures(db: D1Database, throttle: Throttle): Promise<void> {
  await clearStatement(db, throttle).run();
}

export function clearStatement(db: D1Database, throttle: Throttle): D1PreparedStatement {
  return db.prepare("DELETE FROM login_throttles WHERE scope = ? AND key = ?").bind(throttle.scope, throttle.key);
}
