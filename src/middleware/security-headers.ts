import { secureHeaders } from "hono/secure-headers";

/**
 * The API answers JSON only, so its pages may load nothing and be framed by nobody. (The docs
 * page is a static asset with its own policy in `_headers`.)
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  strictTransportSecurity: "max-age=63072000; includeSubDomains; preload",
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  crossOriginResourcePolicy: "cross-origin",
  crossOriginOpenerPolicy: false,
  crossOriginEmbedderPolicy: false,
});
