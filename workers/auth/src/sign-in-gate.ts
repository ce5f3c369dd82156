import type { Context } from "hono";
import { clientAddressOf } from "#shared/auth/caller";
import { accountClientThrottle, accountThrottle, clearStatement, failureStatement, iso } from "./throttle";

/** An address stays known to an account for this long after its last successful sign-in from there. */
export const KNOWN_CLIENT_DAYS = 90;

/**
 * Whether a password may be tried on an account from the caller's address (see ./throttle.ts for
 * the limits), read before the password is checked, and how the attempt is then recorded. It
 * reads and writes the same rows whether or not the account exists, so an answer built on it
 * says nothing about who has an account.
 */
export interface SignInGate {
  /** Refuse whatever the password: this address is locked out of the account, or the account's budget is spent and the address is new to it. */
  closed: boolean;
  /** Counts a refused attempt (with `also`, the caller's other counters, in the same batch). */
  fail(...also: D1PreparedStatement[]): Promise<void>;
  /** After the right password: forgets this address's failures on the account and remembers the address as known. */
  pass(): Promise<void>;
}

export async function signInGate(c: Context<{ Bindings: Env }>, normalizedEmail: string, now = Date.now()): Promise<SignInGate> {
  const db = c.env.IDENTITY;
  // Without an address (never the case behind the gateway) every such caller shares one pair, and none is ever known.
  const address = clientAddressOf(c);
  const [pair, account] = await Promise.all([accountClientThrottle(normalizedEmail, address ?? "unknown"), accountThrottle(normalizedEmail)]);
  const state = await db
    .prepare(
      `SELECT
         EXISTS (SELECT 1 FROM login_throttles WHERE scope = ?1 AND key = ?2 AND locked_until > ?5) AS pair_locked,
         EXISTS (SELECT 1 FROM login_throttles WHERE scope = ?3 AND key = ?4 AND locked_until > ?5) AS budget_spent,
         EXISTS (SELECT 1 FROM known_clients WHERE key = ?2 AND last_signed_in_at > ?6) AS known`,
    )
    .bind(pair.scope, pair.key, account.scope, account.key, iso(now), iso(now - KNOWN_CLIENT_DAYS * 24 * 60 * 60 * 1000))
    .first<{ pair_locked: number; budget_spent: number; known: number }>();
  const pairLocked = state?.pair_locked === 1;
  const budgetSpent = state?.budget_spent === 1;
  const known = address !== null && state?.known === 1;

  const closed = pairLocked || (budgetSpent && !known);
  return {
    closed,
    async fail(...also) {
      const counts = [
        ...also,
        // An attempt the gate turned away tested no password, so it counts against neither the pair nor the
        // budget: a lock is not stretched by what it refuses, and hammering a locked pair spends nothing.
        ...(closed ? [] : [failureStatement(db, pair, now)]),
        // Failures from an address the account has signed in from are the owner's typos or, at worst, someone
        // sharing the owner's address, whom the pair's lock already holds: they do not spend the budget that
        // keeps the owner's sign-ins from new addresses open.
        ...(closed || known ? [] : [failureStatement(db, account, now)]),
      ];
      if (counts.length > 0) await db.batch(counts);
    },
    async pass() {
      // The account's budget is not reset: the owner signing in must not hand an attacker a fresh one.
      await db.batch([
        clearStatement(db, pair),
        ...(address === null
          ? []
          : [
              db
                .prepare(
                  `INSERT INTO known_clients (key, last_signed_in_at) VALUES (?1, ?2)
                   ON CONFLICT (key) DO UPDATE SET last_signed_in_at = excluded.last_signed_in_at`,
                )
                .bind(pair.key, iso(now)),
            ]),
      ]);
    },
  };
}
