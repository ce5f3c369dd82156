import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { errorFields, log } from "./logger";
import { problem, ProblemError, type FieldError } from "./problem";

/** Every Worker answers an unknown path the same way. */
export const notFound: NotFoundHandler = (c) => problem(c, 404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`);

/**
 * Every Worker answers errors the same way: problems thrown on purpose keep their status and
 * message; Hono's own 4xx (malformed JSON, for one) keep theirs; anything else is a 500 whose
 * detail names the request id, while the stack goes to the log only.
 */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ProblemError) {
    return problem(c, err.status, err.detail, err.extra);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return problem(c, err.status as ContentfulStatusCode, err.message || "The request could not be read.");
  }
  log("error", "unhandled error", { request_id: c.get("requestId"), path: c.req.path, ...errorFields(err) });
  return problem(c, 500, `The request failed unexpectedly; quote request id ${c.get("requestId")} when reporting it.`);
};

/** Turns zod issues into `errors[]` pointers such as `query.limit`. */
export function fieldErrors(error: ZodError, target: string): FieldError[] {
  return error.issues.map((issue) => ({
    pointer: [target, ...issue.path.map(String)].join("."),
    detail: issue.message,
  }));
}

/**
 * The `defaultHook` of every OpenAPIHono app: a request that fails its route's schema gets a 400
 * listing each bad field, and the handler never runs.
 */
export function validationHook(result: { success: true } | { success: false; error: ZodError; target: string }, c: Context): Response | undefined {
  if (result.success) return undefined;
  const errors = fieldErrors(result.error, result.target);
  const detail = errors.length === 1 ? `${errors[0]!.pointer}: ${errors[0]!.detail}` : `${errors.length} fields are invalid.`;
  return problem(c, 400, detail, { errors });
}
