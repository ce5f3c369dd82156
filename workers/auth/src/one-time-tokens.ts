import { and, eq, gt, isNull } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { oneTimeTokens, type ONE_TIME_PURPOSES } from "#shared/db/identity";
import { randomToken, sha256 } from "./digests";

export type Purpose = (typeof ONE_TIME_PURPOSES)[number];

/**
 * Single-use tokens sent by email, stored as digests. A reset link is short-lived; a verification
 * link may wait in an inbox for a couple of days. At most `perHour` are issued per account and
 * purpose, so asking again and again cannot flood an inbox, and a new one supersedes the last.
 */
export const ONE_TIME = {
  password_reset: { ttlSeconds: 60 * 60, perHour: 3 },
  email_verification: { ttlSeconds: 48 * 3600, perHour: 3 },
} as const satisfies Record<Purpose, { ttlSeconds: number; perHour: number }>;

export interface IssuedToken {
  token: string;
  expiresAt: string;
}

/** A new token, or null when the account has had its hourly share already. */
export async function issueOneTimeToken(db: D1Database, userId: string, purpose: Purpose): Promise<IssuedToken | null> {
  const now = Date.now();
  const id = crypto.randomUUID();
  const token = randomToken();
  const expiresAt = new Date(now + ONE_TIME[purpose].ttlSeconds * 1000).toISOString();
  // Counted and inserted in one statement, so requests arriving together cannot exceed the share.
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO one_time_tokens (id, user_id, purpose, token_hash, created_at, expires_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6
         WHERE (SELECT count(*) FROM one_time_tokens WHERE user_id = ?2 AND purpose = ?3 AND created_at > ?7) < ?8`,
      )
      .bind(
        id,
        userId,
        purpose,
        await sha256(token),
        new Date(now).toISOString(),
        expiresAt,
        new Date(now - 3600_000).toISOString(),
        ONE_TIME[purpose].perHour,
      ),
    // Superseded: only the newest link works.
    db
      .prepare(
        `UPDATE one_time_tokens SET used_at = ?4
         WHERE user_id = ?1 AND purpose = ?2 AND used_at IS NULL AND id <> ?3 AND EXISTS (SELECT 1 FROM one_time_tokens WHERE id = ?3)`,
      )
      .bind(userId, purpose, id, new Date(now).toISOString()),
  ]);
  return inserted!.meta.changes === 1 ? { token, expiresAt } : null;
}

/** The user a still-valid token was issued to, without using it up. */
export async function peekOneTimeToken(db: D1Database, token: string, purpose: Purpose): Promise<string | null> {
  const [row] = await identityDb(db)
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.tokenHash, await sha256(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, isoNow()),
      ),
    );
  return row?.userId ?? null;
}

/** Uses a token up in one statement (of two concurrent uses, one wins) and names its user; null when it is not valid. */
export async function consumeOneTimeToken(db: D1Database, token: string, purpose: Purpose): Promise<string | null> {
  const now = isoNow();
  const [row] = await identityDb(db)
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(eq(oneTimeTokens.tokenHash, await sha256(token)), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)),
    )
    .returning({ userId: oneTimeTokens.userId });
  return row?.userId ?? null;
}
