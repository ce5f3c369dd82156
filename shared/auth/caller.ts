import type { Context } from "hono";
import { ProblemError } from "#shared/http/problem";
import { ROLES, type Role } from "./roles";

/**
 * Who is calling, as the gateway established it (JWT or API key) and passes it on to services in
 * `x-openpolicy-*` headers. The gateway drops any such header a client sends, and services are
 * reachable only through the gateway's bindings, so services trust them.
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

export const CALLER_HEADERS = {
  kind: "x-openpolicy-caller",
  userId: "x-openpolicy-user-id",
  apiKeyId: "x-openpolicy-api-key-id",
  roles: "x-openpolicy-roles",
  tier: "x-openpolicy-tier",
  sessionId: "x-openpolicy-session-id",
} as const;

export const ANONYMOUS: Caller = { kind: "anonymous", userId: null, apiKeyId: null, roles: [], tier: "anonymous" };

/** Writes the caller onto a request's headers (the gateway, when forwarding). */
export function writeCaller(headers: Headers, caller: Caller): void {
  headers.set(CALLER_HEADERS.kind, caller.kind);
  headers.set(CALLER_HEADERS.roles, caller.roles.join(","));
  headers.set(CALLER_HEADERS.tier, caller.tier);
  if (caller.userId) headers.set(CALLER_HEADERS.userId, caller.userId);
  if (caller.apiKeyId) headers.set(CALLER_HEADERS.apiKeyId, caller.apiKeyId);
  if (caller.sessionId) headers.set(CALLER_HEADERS.sessionId, caller.sessionId);
}

/** Reads the caller the gateway established (a service, handling a forwarded request). */
export function readCaller(headers: Headers): Caller {
  const kind = headers.get(CALLER_HEADERS.kind);
  if (kind !== "user" && kind !== "api_key") return ANONYMOUS;
  const roles = (headers.get(CALLER_HEADERS.roles) ?? "").split(",").filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    kind,
    userId: headers.get(CALLER_HEADERS.userId),
    apiKeyId: headers.get(CALLER_HEADERS.apiKeyId),
    roles,
    tier: headers.get(CALLER_HEADERS.tier) ?? "citizen",
    sessionId: headers.get(CALLER_HEADERS.sessionId),
  };
}

export const callerOf = (c: Context): Caller => readCaller(c.req.raw.headers);

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
