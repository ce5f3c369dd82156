import { and, eq, gt, isNull } from "drizzle-orm";
import type { SessionGrant } from "#shared/auth/rpc";
import { identityDb } from "#shared/db/index";
import { sessions, users } from "#shared/db/identity";
import { rolesOf } from "./accounts";

/**
 * Whether an access token's session still stands, for the gateway: null when the session was
 * revoked (sign-out, refresh-token reuse, password reset), has expired, belongs to someone else,
 * or its account is disabled or gone. Otherwise the roles the account holds now, which replace
 * the roles the token was issued with. One indexed read and the roles.
 */
export async function sessionGrant(db: D1Database, userId: string, sessionId: string): Promise<SessionGrant | null> {
  const [live] = await identityDb(db)
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date().toISOString()),
        isNull(users.disabledAt),
      ),
    );
  return live ? { roles: await rolesOf(db, userId) } : null;
}
