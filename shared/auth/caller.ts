import type { Context } from "hono";
import { ProblemError } from "#shared/http/problem";
import { hasRole, type Role } from "./roles";

/**
 * Who is calling, as the gateway established it (access token or API key). The gateway passes it
 * to services in a signed assertion (./assertion.ts); a service reads it only from there, through
 * the middleware every service runs (./verified-caller.ts).
 */
export interface Caller {
  kind: "anonymous" | "user" | "api_key";
  /** The user id (users, and the owner of an API key); null for anonymous callers. */
  userId: string | null;
  /** The API key's id, when the caller used one. */
  apiKeyId: string | null;
  roles: Role[];
  /** The rate-limit tier: `anonymous`, `citizen`, or the API key's tier. */
  tier: string;
  /** The signed-in session (the access token's `sid` claim), so a user's devices can tell which one is theirs. */
  sessionId?: string | null;
}

declare module "hono" {
  interface ContextVariableMap {
    /** Who is calling: at the gateway once it has checked a token or key, in a service once the gateway's assertion verified. */
    caller: Caller;
    /** The client's address as the gateway saw it (`CF-Connecting-IP`, IPv6 cut to its /64); null when unknown. */
    clientAddress: string | null;
  }
}

export const ANONYMOUS: Caller = { kind: "anonymous", userId: null, apiKeyId: null, roles: [], tier: "anonymous" };

export const callerOf = (c: Context): Caller => c.get("caller") ?? ANONYMOUS;

/** The client address the gateway asserted, or null (never a header a client could set). */
export const clientAddressOf = (c: Context): string | null => c.get("clientAddress") ?? null;

/**
 * The caller of a route that needs an account. The gateway already refuses anonymous calls to
 * such routes; services check again so that a routing mistake cannot open them.
 */
export function requireCaller(c: Context): Caller & { userId: string } {
  const caller = callerOf(c);
  if (!caller.userId) {
    throw new ProblemError(401, "This route needs a signed-in caller or an API key.", {
      headers: { "www-authenticate": 'Bearer realm="openpolicy"' },
    });
  }
  return caller as Caller & { userId: string };
}

/**
 * The caller of a route that needs a role: 401 without credentials, 403 without the role. Every
 * protected route checks this in its service as well as at the gateway (defence in depth).
 */
export function requireRole(c: Context, role: Role): Caller & { userId: string } {
  const caller = requireCaller(c);
  if (!hasRole(caller.roles, role)) throw new ProblemError(403, `This route requires the ${role} role.`);
  return caller;
}
