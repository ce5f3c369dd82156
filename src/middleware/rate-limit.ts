import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { errorFields, log } from "#shared/http/logger";
import { ProblemError } from "#shared/http/problem";
import { gatewaySettings, limitFor } from "../config";

/** The client address Cloudflare saw; in local runs and tests, whatever the client says. */
function clientAddress(c: Context): string {
  return c.req.header("cf-connecting-ip") ?? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/**
 * Limits each caller to their tier's requests per window: per API key, per user, or per client
 * address for anonymous calls, each counted by its own RateLimiter Durable Object. Answers carry
 * the IETF `RateLimit-*` headers; a refused call is a 429 with `Retry-After`. Should the limiter
 * itself be unreachable the call goes through: the limiter protects the platform and must not
 * become the thing that takes it down.
 */
export const rateLimit = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const caller = c.get("caller");
  const limit = limitFor(await gatewaySettings(c.env.CONFIG), caller.tier);
  const key = caller.apiKeyId ? `key:${caller.apiKeyId}` : caller.userId ? `user:${caller.userId}` : `ip:${clientAddress(c)}`;
  let result: Awaited<ReturnType<DurableObjectStub<import("../../durable-objects/rate-limiter").RateLimiter>["take"]>> | undefined;
  try {
    result = await c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(key)).take(limit);
  } catch (err) {
    log("error", "rate limiter unavailable", { key, ...errorFields(err) });
  }
  if (!result) return next();
  const headers = {
    "ratelimit-limit": String(result.limit),
    "ratelimit-remaining": String(result.remaining),
    "ratelimit-reset": String(result.resetSeconds),
  };
  if (!result.allowed) {
    throw new ProblemError(429, `The ${caller.tier} tier allows ${limit.limit} requests per ${limit.windowSeconds} s; try again in ${result.retryAfterSeconds ?? result.resetSeconds} s.`, {
      headers: { ...headers, "retry-after": String(result.retryAfterSeconds ?? result.resetSeconds) },
    });
  }
  await next();
  for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
});
