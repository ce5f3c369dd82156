import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { RateLimitResult } from "../../durable-objects/rate-limiter";
import { errorFields, log } from "#shared/http/logger";
import { ProblemError } from "#shared/http/problem";
import { gatewaySettings, limitFor, type RateLimit } from "../config";
import { clientAddressOf } from "./client-address";

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
 * budget; a call with credentials from an address that has recently presented bad ones is checked
 * against the address's budget for failed credentials, and refused (429) without an auth lookup
 * once that is spent. Every credential that fails is charged to that budget. So random keys or
 * tokens cost an attacker their budget, not the platform an auth lookup each.
 *
 * After identification, a caller with valid credentials takes from their own budget (per API key
 * or per user), so many callers behind one address do not starve each other.
 *
 * Every answer carries the IETF `RateLimit-*` headers of the budget it was counted against, 401s
 * included; a refused call is a 429 with `Retry-After`. Should a limiter object be unreachable the
 * call goes through: the limiter protects the platform and must not become what takes it down.
 */

/**
 * Addresses that presented bad credentials lately, per isolate: only their credentialed calls pay
 * a check against the limiter before identification, so good traffic pays nothing for this.
 */
const SUSPECT_MAX = 10_000;
const suspects = new Map<string, number>();

function suspect(address: string, untilMs: number): void {
  if (suspects.size >= SUSPECT_MAX) suspects.delete(suspects.keys().next().value!);
  suspects.set(address, untilMs);
}

const hasCredentials = (c: Context) => Boolean(c.req.header("authorization") || c.req.header("x-api-key"));

async function ask(c: Context<{ Bindings: Env }>, key: string, limit: RateLimit, how: "take" | "peek"): Promise<RateLimitResult | undefined> {
  try {
    const limiter = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(key));
    return await (how === "take" ? limiter.take(limit) : limiter.peek(limit));
  } catch (err) {
    log("error", "rate limiter unavailable", { key, ...errorFields(err) });
    return undefined;
  }
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
    const result = await ask(c, `ip:${bucket}`, limit, "take");
    if (result && !result.allowed) refuse(result, `Anonymous calls are limited to ${limit.limit} per ${limit.windowSeconds} s per client address.`);
    if (result) c.set("rateLimit", result);
    return next();
  }

  const failures = limitFor(settings, "failed_credentials");
  if ((suspects.get(bucket) ?? 0) > Date.now()) {
    const result = await ask(c, `authfail:${bucket}`, failures, "peek");
    if (result && !result.allowed) refuse(result, `Too many calls from this address presented credentials that are not valid.`);
  }
  await next();
  // identify() refused the credentials: charge the address, and tell the client its budget.
  if (c.res.status === 401 && !c.get("caller")) {
    suspect(bucket, Date.now() + failures.windowSeconds * 1000);
    const result = await ask(c, `authfail:${bucket}`, failures, "take");
    if (result) for (const [name, value] of Object.entries(headersOf(result))) c.res.headers.set(name, value);
  }
});

/** Step two, after identification: the caller's own budget (an anonymous caller was counted in step one). */
export const limitByCaller = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const caller = c.get("caller");
  if (caller.kind !== "anonymous") {
    const limit = limitFor(await gatewaySettings(c.env.CONFIG), caller.tier);
    const key = caller.apiKeyId ? `key:${caller.apiKeyId}` : `user:${caller.userId}`;
    const result = await ask(c, key, limit, "take");
    if (result && !result.allowed) refuse(result, `The ${caller.tier} tier allows ${limit.limit} requests per ${limit.windowSeconds} s.`);
    if (result) c.set("rateLimit", result);
  }
  await next();
  const decided = c.get("rateLimit");
  if (decided) for (const [name, value] of Object.entries(headersOf(decided))) c.res.headers.set(name, value);
});
