import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One field-level problem, as listed in a problem's `errors[]`. */
export interface FieldError {
  /** Where the bad value is, e.g. `query.limit` or `body.email`. */
  pointer: string;
  detail: string;
}

/** RFC 9457 problem details, with the platform's `request_id` and `errors[]` extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Problem types are documented under this base so clients can switch on them. */
const TYPE_BASE = "https://openpolicy.ca/problems/";

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ["bad-request", "Bad request"],
  401: ["unauthorized", "Authentication required"],
  403: ["forbidden", "Forbidden"],
  404: ["not-found", "Not found"],
  405: ["method-not-allowed", "Method not allowed"],
  409: ["conflict", "Conflict"],
  413: ["payload-too-large", "Payload too large"],
  415: ["unsupported-media-type", "Unsupported media type"],
  422: ["validation-failed", "Validation failed"],
  429: ["rate-limited", "Too many requests"],
  500: ["internal-error", "Internal error"],
  502: ["bad-gateway", "Upstream service failed"],
  503: ["service-unavailable", "Service unavailable"],
  504: ["gateway-timeout", "Upstream service timed out"],
};

/**
 * An error a handler throws to answer with a problem. The error handler turns it into
 * `application/problem+json`; anything else thrown becomes a 500 with no internals leaked.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: { type?: string; title?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ProblemError";
  }
}

export function problemBody(
  status: number,
  detail: string,
  opts: { instance?: string; requestId?: string; type?: string; title?: string; errors?: FieldError[] } = {},
): Problem {
  const [slug, title] = TITLES[status] ?? ["error", "Error"];
  return {
    type: opts.type ?? TYPE_BASE + slug,
    title: opts.title ?? title,
    status,
    detail,
    ...(opts.instance ? { instance: opts.instance } : {}),
    ...(opts.requestId ? { request_id: opts.requestId } : {}),
    ...(opts.errors?.length ? { errors: opts.errors } : {}),
  };
}

/** A problem+json Response, for code that has no Hono context (e.g. the gateway's forwarder). */
export function problemResponse(status: number, detail: string, opts: Parameters<typeof problemBody>[2] & { headers?: Record<string, string> } = {}): Response {
  const headers = new Headers(opts.headers);
  headers.set("content-type", PROBLEM_CONTENT_TYPE);
  if (opts.requestId) headers.set("x-request-id", opts.requestId);
  return new Response(JSON.stringify(problemBody(status, detail, opts)), { status, headers });
}

/** Answers the current request with a problem. */
export function problem(c: Context, status: ContentfulStatusCode, detail: string, extra: ProblemError["extra"] = {}): Response {
  const url = new URL(c.req.url);
  return problemResponse(status, detail, {
    ...extra,
    instance: url.pathname,
    requestId: c.get("requestId" as never) as string | undefined,
  });
}
