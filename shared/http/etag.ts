import { createMiddleware } from "hono/factory";
import { etag, RETAINED_304_HEADERS } from "hono/etag";

/**
 * Conditional reads, the one way on this platform: a successful GET gets a short public cache
 * lifetime and a strong `ETag` (Hono's: a SHA-1 of its body), and a request whose `If-None-Match`
 * names that tag gets `304 Not Modified` with no body. Hashing the body rather than tracking row
 * versions means any change a reader could see changes the tag, and nothing else does.
 */

export const READ_CACHE_CONTROL = "public, max-age=60";

/** Bodies differ by language (`?lang=` or `Accept-Language`), so shared caches must key on it. */
const VARY = "Accept-Language";

/** A 304 repeats what the 200 would have said (RFC 9110 §15.4.5), and keeps the request's id and language. */
const tag = etag({ retainedHeaders: [...RETAINED_304_HEADERS, "x-request-id", "content-language"] });

/**
 * Sets `Cache-Control` and `Vary` on 200 answers to GET and HEAD, then tags them (Hono runs the
 * GET handler for a HEAD and drops the body afterwards, so the tag is the GET's). A route that set
 * its own `Cache-Control` (health: `no-store`) is left as it is, untagged.
 */
export const conditionalRead = createMiddleware(async (c, next) => {
  await next();
  const read = c.req.method === "GET" || c.req.method === "HEAD";
  if (!read || c.res.status !== 200 || c.res.headers.has("cache-control")) return;
  c.res.headers.set("cache-control", READ_CACHE_CONTROL);
  c.res.headers.set("vary", VARY);
  await tag(c, async () => {});
});
