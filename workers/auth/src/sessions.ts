import { and, eq, isNull, sql } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { refreshTokens, sessions, type AuthSessionRow, type SESSION_REVOKE_REASONS } from "#shared/db/identity";
import { randomToken, sha256 } from "./digests";

/**
 * Sessions are refresh-token families, one per signed-in device. Refresh tokens are opaque,
 * stored as SHA-256 digests, and rotated on every use: the used one is marked, and presenting it
 * again means two parties hold the family (one of them stole it), so the whole session ends.
 */
export const REFRESH = {
  /** How long one refresh token stays usable if it is not rotated. */
  tokenTtlSeconds: 30 * 24 * 3600,
  /** The session's absolute end: rotation never extends past it, and then the user signs in again. */
  sessionTtlSeconds: 90 * 24 * 3600,
  /** Refresh tokens start with this, so secret scanners and people can tell them from other tokens. */
  prefix: "oprt_",
} as const;

export type RevokeReason = (typeof SESSION_REVOKE_REASONS)[number];

const later = (seconds: number, from = Date.now()) => new Date(from + seconds * 1000).toISOString();
const earliest = (a: string, b: string) => (a < b ? a : b);

export interface IssuedRefresh {
  session: AuthSessionRow;
  refreshToken: string;
  refreshExpiresAt: string;
}

export async function startSession(db: D1Database, userId: string, device: { userAgent: string | null; deviceName: string | null }): Promise<IssuedRefresh> {
  const now = isoNow();
  const session: AuthSessionRow = {
    id: crypto.randomUUID(),
    userId,
    userAgent: device.userAgent,
    deviceName: device.deviceName,
    createdAt: now,
    lastUsedAt: now,
    expiresAt: later(REFRESH.sessionTtlSeconds),
    revokedAt: null,
    revokedReason: null,
  };
  const refreshToken = REFRESH.prefix + randomToken();
  const refreshExpiresAt = earliest(later(REFRESH.tokenTtlSeconds), session.expiresAt);
  const d = identityDb(db);
  await d.batch([
    d.insert(sessions).values(session),
    d.insert(refreshTokens).values({
      id: crypto.randomUUID(),
      sessionId: session.id,
      tokenHash: await sha256(refreshToken),
      createdAt: now,
      expiresAt: refreshExpiresAt,
    }),
  ]);
  return { session, refreshToken, refreshExpiresAt };
}

export type Rotation =
  | ({ kind: "rotated" } & IssuedRefresh)
  /** Unknown, expired or revoked: nothing to do but say no. */
  | { kind: "invalid" }
  /** Already used: the session was ended. */
  | { kind: "reused"; session: AuthSessionRow };

/**
 * Exchanges a refresh token for the next one of its family. `userActive` decides, from the
 * session's user, whether the account may still refresh (a disabled one may not, and its session
 * ends).
 */
export async function rotateRefreshToken(db: D1Database, presented: string, userActive: (userId: string) => Promise<boolean>): Promise<Rotation> {
  const d = identityDb(db);
  const [found] = await d
    .select({ token: refreshTokens, session: sessions })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, await sha256(presented)));
  if (!found) return { kind: "invalid" };
  const { token, session } = found;
  const now = isoNow();

  if (token.usedAt) {
    await revokeSession(db, session.id, "reuse_detected");
    return { kind: "reused", session };
  }
  if (token.revokedAt || session.revokedAt || token.expiresAt <= now || session.expiresAt <= now) return { kind: "invalid" };
  if (!(await userActive(session.userId))) {
    await revokeSession(db, session.id, "user_disabled");
    return { kind: "invalid" };
  }

  const next = { id: crypto.randomUUID(), token: REFRESH.prefix + randomToken() };
  const refreshExpiresAt = earliest(later(REFRESH.tokenTtlSeconds), session.expiresAt);
  const [, consumed] = await d.batch([
    d.insert(refreshTokens).values({
      id: next.id,
      sessionId: session.id,
      tokenHash: await sha256(next.token),
      createdAt: now,
      expiresAt: refreshExpiresAt,
    }),
    // Only the first of two concurrent uses finds the token unused; the second is reuse.
    d
      .update(refreshTokens)
      .set({ usedAt: now, replacedBy: next.id })
      .where(and(eq(refreshTokens.id, token.id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt))),
    d.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, session.id)),
  ]);
  if ((consumed as D1Result).meta.changes !== 1) {
    await revokeSession(db, session.id, "reuse_detected");
    return { kind: "reused", session };
  }
  return { kind: "rotated", session: { ...session, lastUsedAt: now }, refreshToken: next.token, refreshExpiresAt };
}

/** Ends a session and every refresh token of its family; false when it had already ended. */
export async function revokeSession(db: D1Database, sessionId: string, reason: RevokeReason): Promise<boolean> {
  const d = identityDb(db);
  const now = isoNow();
  const [ended] = await d.batch([
    d
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt))),
    d
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(refreshTokens.sessionId, sessionId), isNull(refreshTokens.revokedAt))),
  ]);
  return (ended as D1Result).meta.changes > 0;
}

/** Ends every session of a user (password reset, disabling), except `keep` when given (the device that asked). */
export async function revokeAllSessions(db: D1Database, userId: string, reason: RevokeReason, keep?: string | null): Promise<void> {
  const d = identityDb(db);
  const now = isoNow();
  const others = keep ? sql`${sessions.id} <> ${keep}` : sql`1 = 1`;
  const mine = and(eq(sessions.userId, userId), isNull(sessions.revokedAt), others);
  await d.batch([
    d
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(isNull(refreshTokens.revokedAt), sql`${refreshTokens.sessionId} IN (SELECT ${sessions.id} FROM ${sessions} WHERE ${mine})`)),
    d.update(sessions).set({ revokedAt: now, revokedReason: reason }).where(mine),
  ]);
}

/** Finds the session a refresh token belongs to, for signing out with it. */
export async function sessionOfRefreshToken(db: D1Database, presented: string): Promise<AuthSessionRow | null> {
  const [found] = await identityDb(db)
    .select({ session: sessions })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, await sha256(presented)));
  return found?.session ?? null;
}

/** A session as the API shows it to its owner. */
export function sessionView(session: AuthSessionRow) {
  return {
    id: session.id,
    user_agent: session.userAgent,
    device_name: session.deviceName,
    created_at: session.createdAt,
    last_used_at: session.lastUsedAt,
    expires_at: session.expiresAt,
  };
}
