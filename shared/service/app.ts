import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { notFound, onError, validationHook } from "#shared/http/errors";
import { requestLogger } from "#shared/http/logger";
import { requestId } from "#shared/http/request-id";
import { verifiedCaller } from "#shared/auth/verified-caller";
import { routeAccess } from "./access";
import { callerOf } from "#shared/auth/caller";
import { hasRole } from "#shared/auth/roles";
import { runChecks, serviceHealthFor, ServiceHealthSchema, type Check } from "#shared/health/checks";
import type { OpenAPIDocument } from "./rpc";
import type { ServiceName } from "./names";

/** Everything that makes a Worker a platform service: its name, its app and its health checks. */
export interface ServiceDefinition<Env extends object> {
  name: ServiceName;
  description: string;
  app: OpenAPIHono<{ Bindings: Env }>;
  /** One check per binding the service owns. */
  checks: (env: Env) => Check[];
}

/**
 * Builds a service's Hono app with what every service shares: request ids, one log line per
 * request, the caller from the gateway's signed assertion (anonymous without one), problem+json errors and 404s, validation failures as 400s, and the service's own
 * health route at `/api/v1/health/<name>`. The service then registers its routes on `app`.
 */
export function defineService<Env extends object>(opts: Omit<ServiceDefinition<Env>, "app">): ServiceDefinition<Env> {
  const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: validationHook });
  app.use(requestId);
  app.use(requestLogger(opts.name));
  app.use(verifiedCaller(opts.name));
  app.use(routeAccess(opts.name));
  app.onError(onError);
  app.notFound(notFound);

  app.openapi(
    createRoute({
      method: "get",
      path: `/api/v1/health/${opts.name}`,
      tags: [opts.name],
      summary: `Health of the ${opts.name} service`,
      description: "Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.",
      responses: {
        200: { description: "Every check passed, or some did (`degraded`).", content: { "application/json": { schema: ServiceHealthSchema } } },
        503: { description: "Every check failed.", content: { "application/json": { schema: ServiceHealthSchema } } },
      },
    }),
    async (c) => {
      const health = await runChecks(opts.name, opts.checks(c.env));
      const view = serviceHealthFor(health, hasRole(callerOf(c).roles, "admin"));
      c.header("cache-control", "no-store");
      return health.status === "down" ? c.json(view, 503) : c.json(view, 200);
    },
  );
  return { ...opts, app };
}

/** The service's OpenAPI 3.1 document, as the gateway merges it. */
export function openapiDocument<Env extends object>(service: ServiceDefinition<Env>): OpenAPIDocument {
  const doc = service.app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: `OpenPolicy ${service.name} service`, version: "1.0.0", description: service.description },
    tags: [{ name: service.name, description: service.description }],
  });
  return JSON.parse(JSON.stringify(doc)) as OpenAPIDocument;
}
