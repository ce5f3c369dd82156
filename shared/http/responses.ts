import { z } from "@hono/zod-openapi";
import { PROBLEM_CONTENT_TYPE } from "./problem";

/** RFC 9457 problem details as every service answers them, for the OpenAPI documents. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    request_id: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
  })
  .openapi("Problem");

const DESCRIPTIONS = {
  400: "A parameter is invalid; `errors[]` names each one.",
  401: "The route needs a signed-in caller or an API key.",
  403: "The caller lacks the role the route needs.",
  404: "No such resource; `detail` names the id.",
  409: "The request conflicts with the resource's current state.",
  502: "An upstream service failed or answered something unreadable.",
  503: "The service is unavailable; `Retry-After` says when to try again.",
  504: "An upstream service did not answer in time.",
} as const;

/** A documented problem+json answer. */
type ProblemResponse = { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } } };

/**
 * The documented error answers of a route, e.g. `...problems(400, 404)`. Each is optional in the
 * type, as the compiler can verify it: it cannot see that the statuses given are all of `S`, and
 * nothing needs it to, since the answers are only spread into a route's `responses`.
 */
export function problems<S extends keyof typeof DESCRIPTIONS>(...statuses: S[]): { [K in S]?: ProblemResponse } {
  const responses: { [K in S]?: ProblemResponse } = {};
  for (const status of statuses) responses[status] = { description: DESCRIPTIONS[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
  return responses;
}

/** Documented success: `200` with a JSON schema, plus the ETag/304 behaviour every read shares. */
export function ok<T extends z.ZodTypeAny>(schema: T, description: string) {
  return {
    200: { description, content: { "application/json": { schema } } },
    304: { description: "The body matches the `If-None-Match` ETag the client sent; nothing is served." },
  };
}
