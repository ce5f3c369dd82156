import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { requireCaller, type Caller } from "#shared/auth/caller";
import { hasRole } from "#shared/auth/roles";
import { identityDb } from "#shared/db/index";
import { sessions } from "#shared/db/identity";
import { ProblemError } from "#shared/http/problem";
import { accountById, type Account } from "./accounts";

export interface SignedIn extends Account {
  caller: Caller & { userId: string };
}

/**
 * The account behind the caller the gateway established, read afresh from D1: an access token
 * lives 15 minutes, but a disabled account or a withdrawn role counts here at once. `change`
 * marks routes that change the account or its credentials: an API key may read its owner's
 * account but not change it, so a leaked key cannot mint more keys or end the owner's sessions.
 */
export async function signedIn(c: Context<{ Bindings: Env }>, opts: { change?: boolean } = {}): Promise<SignedIn> {
  const caller = requireCaller(c);
  if (opts.change && caller.kind !== "user") {
    throw new ProblemError(403, "An API key can read its owner's account but not change it; sign in to do this.");
  }
  const [account, session] = await Promise.all([
    accountById(c.env.IDENTITY, caller.userId),
    caller.sessionId
      ? identityDb(c.env.IDENTITY).select({ revokedAt: sessions.revokedAt, userId: sessions.userId }).from(sessions).where(eq(sessions.id, caller.sessionId))
      : null,
  ]);
  if (!account) throw new ProblemError(401, "The account behind these credentials no longer exists.");
  if (account.user.disabledAt) throw new ProblemError(401, "This account has been disabled.");
  // A signed-out or reset session's access token lives on for minutes at the gateway; here it ends
  // at once, so a stolen token cannot mint a key or change the account after the owner reacts.
  if (session && (session[0]?.userId !== caller.userId || session[0].revokedAt)) {
    throw new ProblemError(401, "This session has ended; sign in again.");
  }
  return { ...account, caller };
}

/** Admin routes check the role held now, not the one in a token issued before it was withdrawn. */
export async function signedInAdmin(c: Context<{ Bindings: Env }>, opts: { change?: boolean } = {}): Promise<SignedIn> {
  const account = await signedIn(c, opts);
  if (!hasRole(account.roles, "admin")) throw new ProblemError(403, "This route requires the admin role.");
  return account;
}
