import { createMiddleware } from "hono/factory";
import { requireRole } from "#shared/auth/caller";
import { ProblemError } from "#shared/http/problem";
import type { ServiceName } from "./names";
import { matchRoute } from "./routes";

/**
 * Defence in depth: a service checks the role each of its routes needs itself, from the same
 * route table the gateway enforces, against the caller of the gateway's signed assertion (see
 * shared/auth/verified-caller.ts). A path the table does not give this service is not served.
 */
export function routeAccess(service: ServiceName) {
  return createMiddleware(async (c, next) => {
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    const match = matchRoute(method, c.req.path);
    if (match.kind === "none" || (match.kind === "route" && match.entry.service !== service)) {
      throw new ProblemError(404, `The ${service} service has no route ${c.req.path}.`);
    }
    if (match.kind === "route" && match.entry.access !== "public") requireRole(c, match.entry.access);
    await next();
  });
}
