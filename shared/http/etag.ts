import { createMiddleware } from "hono/factory";
import { hex } from "#shared/encoding";

/**
 * Conditional reads, the one way on this platform: a successful GET gets a strong `ETag` (a
 * SHA-1 of its body) and a short public cache lifetime, and a request whose `If-None-Match`
 * names that tag gets `304 Not Modified` with no body. Hashing the body rather than tracking
 * row versions means any change a reader could see changes the tag, and nothing else does.
 *
 * Hono's built-in `etag()` drops `Cache-Control` from its 304s, which RFC 9110 §15.4.5 says a
 * 304 must repeat, hence this small middleware.
 */

export const READ_CACHE_CONTROL = "public, max-age=60";

/** Bodies differ by language (`?lang=` or `Accept-Language`), so shared caches must key on it. */
const VARY = "Accept-Language";

export async function etagOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", body));
  return `"${hex(digest)}"`;
}

/** RFC 9110 §13.1.2: `If-None-Match` uses weak comparison, and `*` matches any current body. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, "") === opaque);
}

/**
 * Sets `ETag`, `Cache-Control` and `Vary` on 200 answers to GET and HEAD (Hono runs the GET
 * handler for a HEAD and drops the body afterwards, so the tag is the GET's), and answers 304
 * when the client already holds this body. A route that set its
 * own `Cache-Control` (health: `no-store`) is left as it is.
 */
export const conditionalRead = createMiddleware(async (c, next) => {
  await next();
  const read = c.req.method === "GET" || c.req.method === "HEAD";
  if (!read || c.res.status !== 200 || c.res.headers.has("cache-control")) return;

  const etag = await etagOf(await c.res.clone().arrayBuffer());
  const headers = { etag, "cache-control": READ_CACHE_CONTROL, vary: VARY };
  if (ifNoneMatchHits(c.req.header("if-none-match"), etag)) {
    await c.res.body?.cancel();
    // Hono copies the replaced response's other headers (request id, Content-Language) over.
    c.res = new Response(null, { status: 304, headers });
    c.res.headers.delete("content-length");
    return;
  }
  for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
});
