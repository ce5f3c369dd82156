import { createMiddleware } from "hono/factory";
import { ProblemError } from "#shared/http/problem";

/**
 * One path per resource. The gateway matches its route table on the canonical form of a path and
 * forwards exactly that form, so `/api/v1/auth/%75sers` cannot pass the table as a public auth
 * path and then reach `/users` in a service that decodes it. Canonical means: percent-encoded
 * unreserved characters (RFC 3986 §2.3) decoded, every other escape in upper case, no trailing
 * slash. Paths no canonical form can stand for are refused: encoded slashes or backslashes (a
 * segment boundary the table cannot see), dot segments in any spelling, empty segments (`//`),
 * control characters and malformed escapes.
 */
export type CanonicalPath = { path: string } | { problem: string };

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const HEX = /^[0-9A-Fa-f]{2}$/;

export function canonicalPath(raw: string): CanonicalPath {
  let path = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === "\\") return { problem: "a backslash" };
    if (ch !== "%") {
      path += ch;
      continue;
    }
    const hex = raw.slice(i + 1, i + 3);
    if (!HEX.test(hex)) return { problem: `a malformed escape (${raw.slice(i, i + 3)})` };
    const code = parseInt(hex, 16);
    const decoded = String.fromCharCode(code);
    if (decoded === "/" || decoded === "\\") return { problem: `an encoded ${decoded === "/" ? "slash" : "backslash"} (%${hex})` };
    if (code < 0x20 || code === 0x7f) return { problem: `an encoded control character (%${hex})` };
    path += UNRESERVED.test(decoded) ? decoded : `%${hex.toUpperCase()}`;
    i += 2;
  }
  if (!path.startsWith("/")) return { problem: "no leading slash" };
  const segments = path.split("/").slice(1);
  for (const [i, segment] of segments.entries()) {
    if (segment === "." || segment === "..") return { problem: "a dot segment" };
    if (segment === "" && i < segments.length - 1) return { problem: "an empty segment (//)" };
  }
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return { path };
}

/** The path part of a request URL as received, before anything decodes it. */
export function rawPathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const end = url.search(/[?#]/);
  return url.slice(start, end < 0 ? undefined : end);
}

/** The paths the route table covers; the gateway's static files (the docs) are served as they are named. */
const API_PATHS = /^\/(api|\.well-known)(\/|$)/;

/**
 * Hono's router asks this for the path to route on: the canonical one for the API (a path with
 * none is routed raw and refused below). Static paths keep their trailing slash, which names a
 * folder's index (`/docs/`).
 */
export function routingPath(request: Request): string {
  const raw = rawPathOf(request.url);
  const canonical = canonicalPath(raw);
  return "path" in canonical && API_PATHS.test(canonical.path) ? canonical.path : raw;
}

/** Refuses a path with no canonical form before anything else looks at it. */
export const canonicalPathOnly = createMiddleware(async (c, next) => {
  const canonical = canonicalPath(rawPathOf(c.req.url));
  if ("problem" in canonical) throw new ProblemError(400, `The request path contains ${canonical.problem}; send each resource's one canonical path.`);
  await next();
});
