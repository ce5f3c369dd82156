import { createMiddleware } from "hono/factory";

import "./context";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * Ids from callers are kept so their traces join ours, but only when they cannot poison logs:
 * printable, no spaces or quotes, of a sane length.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/** Sets `c.var.requestId` and echoes it on the response. */
export const requestId = createMiddleware(async (c, next) => {
  const id = requestIdFrom(c.req.raw.headers);
  c.set("requestId", id);
  await next();
  c.res.headers.set(REQUEST_ID_HEADER, id);
});
