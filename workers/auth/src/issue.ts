import type { Context } from "hono";
import { accountView, type Account } from "./accounts";
import { sessionView, type IssuedRefresh } from "./sessions";
import { signAccessToken } from "./signing";

/**
 * The answer of sign-in and refresh: a new access token for the session's latest refresh token.
 * Tokens must not be cached anywhere on the way (RFC 6749 §5.1).
 */
export async function tokenResponse(c: Context<{ Bindings: Env }>, account: Account, issued: IssuedRefresh) {
  const access = await signAccessToken(c.env, { userId: account.user.id, roles: account.roles, sessionId: issued.session.id });
  c.header("cache-control", "no-store");
  return {
    access_token: access.token,
    token_type: "Bearer" as const,
    expires_in: access.expiresIn,
    refresh_token: issued.refreshToken,
    refresh_expires_in: Math.max(0, Math.floor((Date.parse(issued.refreshExpiresAt) - Date.now()) / 1000)),
    session: sessionView(issued.session),
    user: accountView(account),
  };
}
