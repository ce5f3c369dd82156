import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { RateLimitResult } from "../../durable-objects/rate-limiter";
import { ProblemError } from "#shared/http/problem";
import { gatewaySettings, limitFor, type RateLimit } from "../config";
import { clientAddressOf } from "./client-address";
import { LeaseBook } from "./rate-lease";

declare module "hono" {
  interface ContextVariableMap {
    /** The limiter's decision already taken for this request, whose headers the answer carries. */
    rateLimit?: RateLimitResult;
  }
}

/**
 * Rate limits, in two steps around identification.
 *
 * Before anything is looked up, the request is counted against its client address
 * (`CF-Connecting-IP`, IPv6 by /64): a call without credentials takes from the address's anonymous
 * budget; a call with an API key from an address that has recently presented bad credentials is
 * charged to the address's budget for failed credentials, and refused (429) without an auth lookup
 * once that is spent. Every credential that fails is charged to that budget. So random keys or tokens
 * cost an attacker their budget, not the platform an auth lookup each.
 *
 * After identification, a caller with valid credentials takes from their own budget (per API key
 * or per user), so many callers behind one address do not starve each other.
 *
 * Every answer carries the IETF `RateLimit-*` headers of the budget it was counted against, 401s
 * included; a refused call is a 429 with `Retry-After`. Should a limiter object be unreachable the
 * call goes through: the limiter protects the platform and must not become what takes it down.
 *
 * Every budget is decided through this isolate's leases (rate-lease.ts): exact, with one call to
 * the budget's object per lease rather than per request.
 */

/**
 * Addresses that presented bad credentials lately, per isolate: only their credentialed calls are
 * charged before identification, so good traffic from good addresses pays nothing for this.
 */
const SUSPECT_MAX = 10_000;
const suspects = new Map<string, number>();

function suspect(address: string, untilMs: number): void {
  if (suspects.size >= SUSPECT_MAX) suspects.delete(suspects.keys().next().value!);
  suspects.set(address, untilMs);
}

const hasCredentials = (c: Context) => Boolean(c.req.header("authorization") || c.req.header("x-api-key"));
/** An API key costs auth a lookup to check; an access token is checked by its signature first, at no cost. */
const hasApiKey = (c: Context) => Boolean(c.req.header("x-api-key") || /^Bearer\s+op_/i.test(c.req.header("authorization") ?? ""));

/** This isolate's leases on every key's RateLimiter object. */
const leases = new LeaseBook();

/** One request against the key's limit: decided from this isolate's lease, or by the key's object. */
function take(c: Context<{ Bindings: Env }>, key: string, limit: RateLimit): Promise<RateLimitResult | undefined> {
  return leases.admit(key, limit, (want, returned) => c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(key)).lease(limit, want, returned));
}

function headersOf(result: RateLimitResult): Record<string, string> {
  return {
    "ratelimit-limit": String(result.limit),
    "ratelimit-remaining": String(result.remaining),
    "ratelimit-reset": String(result.resetSeconds),
  };
}

function refuse(result: RateLimitResult, detail: string): never {
  const retryAfter = String(result.retryAfterSeconds ?? result.resetSeconds);
  throw new ProblemError(429, `${detail} Try again in ${retryAfter} s.`, { headers: { ...headersOf(result), "retry-after": retryAfter } });
}

/** Step one, before identification: the client address. */
export const limitByAddress = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const address = clientAddressOf(c.req.header("cf-connecting-ip"));
  c.set("clientAddress", address);
  const bucket = address ?? "unknown";
  const settings = await gatewaySettings(c.env.CONFIG);
  const credentialed = hasCredentials(c);

  if (!credentialed) {
    const limit = limitFor(settings, "anonymous");
    const result = await take(c, `ip:${bucket}`, limit);
    if (result && !result.allowed) refuse(result, `Anonymous calls are limited to ${limit.limit} per ${limit.windowSeconds} s per client address.`);
    if (result) c.set("rateLimit", result);
    return next();
  }

  const failures = limitFor(settings, "failed_credentials");
  // From an address that presented bad credentials lately, every call with an API key is charged to
  // its failed-credentials budget before the key is looked up; elsewhere only a failure is. Access
  // tokens are not: a forged one fails on its signature before any lookup, and a good one from a
  // shared address (an office, a carrier's NAT) keeps working while an attacker there is refused.
  let charged: RateLimitResult | undefined;
  if (hasApiKey(c) && (suspects.get(bucket) ?? 0) > Date.now()) {
    charged = await take(c, `authfail:${bucket}`, failures);
    if (charged && !charged.allowed) refuse(charged, `Too many calls from this address presented credentials that are not valid.`);
  }
  await next();
  // identify() refused the credentials: charge the address (unless already charged), and tell the
  // client where its budget stands.
  if (c.res.status === 401 && !c.get("caller")) {
    suspect(bucket, Date.now() + failures.windowSeconds * 1000);
    const result = charged ?? (await take(c, `authfail:${bucket}`, failures));
    if (result) for (const [name, value] of Object.entries(headersOf(result))) c.res.headers.set(name, value);
  }
});

/** Step two, after identification: the caller's own budget (an anonymous caller was counted in step one). */
export const limitByCaller = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const caller = c.get("caller");
  if (caller.kind !== "anonymous") {
    const limit = limitFor(await gatewaySettings(c.env.CONFIG), caller.tier);
    const key = caller.apiKeyId ? `key:${caller.apiKeyId}` : `user:${caller.userId}`;
    const result = await take(c, key, limit);
    if (result && !result.allowed) refuse(result, `The ${caller.tier} tier allows ${limit.limit} requests per ${limit.windowSeconds} s.`);
    if (result) c.set("rateLimit", result);
  }
  await next();
  const decided = c.get("rateLimit");
  if (decided) for (const [name, value] of Object.entries(headersOf(decided))) c.res.headers.set(name, value);
});
