import type { OpenAPIHono } from "@hono/zod-openapi";
import { hasRole } from "#shared/auth/roles";
import { problem } from "#shared/http/problem";
import { matchRoute } from "#shared/service/routes";
import { forward } from "./forward";

/**
 * Everything the gateway does not answer itself goes through the route table: unknown paths are
 * 404s, known paths with the wrong method 405s, protected paths need a caller with the route's
 * role, and the rest is forwarded to the owning service.
 */
export function registerServiceRoutes(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.all("*", async (c) => {
    // The canonical path (see middleware/canonical-path.ts): what the table matches and what is forwarded.
    const path = c.req.path;
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    const match = matchRoute(method, path);
    if (match.kind === "none") {
      return problem(c, 404, `No API route matches ${path}. The API's routes are listed at /api/v1/openapi.json.`);
    }
    if (match.kind === "method-not-allowed") {
      return problem(c, 405, `${c.req.method} is not allowed on ${path}; use ${match.allow.join(", ")}.`, {
        headers: { allow: match.allow.join(", ") },
      });
    }
    c.set("service", match.entry.service);
    const { access } = match.entry;
    if (access !== "public") {
      const caller = c.get("caller");
      if (caller.kind === "anonymous") {
        return problem(c, 401, `${path} requires a signed-in caller with the ${access} role.`, {
          headers: { "www-authenticate": 'Bearer realm="openpolicy"' },
        });
      }
      if (!hasRole(caller.roles, access)) {
        return problem(c, 403, `${path} requires the ${access} role.`);
      }
    }
    return forward(c, match.entry.service, path);
  });
}
