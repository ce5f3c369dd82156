import { cors } from "hono/cors";
import { createMiddleware } from "hono/factory";

/**
 * The read API is open to browsers everywhere by default (civic-tech apps call it directly);
 * `CORS_ORIGINS` narrows it to a comma-separated list. Clients may read the headers that explain
 * an answer: request id, rate limits, caching.
 */
export const corsForEnv = createMiddleware<{ Bindings: Env }>((c, next) => corsFor(c.env.CORS_ORIGINS)(c, next));

/** The CORS middleware for an origins setting, built once per isolate rather than per request. */
let built: { origins: string; middleware: ReturnType<typeof cors> } | undefined;

function corsFor(origins: string): ReturnType<typeof cors> {
  if (built?.origins !== origins) {
    const allowed = origins.split(",").map((o: string) => o.trim());
    const middleware = cors({
      origin: allowed.includes("*") ? "*" : allowed,
      allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "If-None-Match", "Accept-Language"],
      exposeHeaders: ["X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "ETag", "Location"],
      maxAge: 86400,
    });
    built = { origins, middleware };
  }
  return built.middleware;
}
