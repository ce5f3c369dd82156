import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { hasRole } from "#shared/auth/roles";
import { platformHealthFor, PlatformHealthSchema, probeServices } from "#shared/health/probe";
import { SERVICES } from "#shared/service/names";
import { withTimeout } from "#shared/health/checks";
import { breakerOf, serviceBinding } from "./forward";

const route = createRoute({
  method: "get",
  path: "/api/v1/health",
  tags: ["gateway"],
  summary: "Health of the whole platform",
  description:
    "Every service is asked for its own health in parallel, each within the gateway's timeout. " +
    "`ok` when all are ok, `down` when none answers well, `degraded` otherwise. Each service's " +
    "checks and errors are shown to admins only; anyone else sees each service's status and breaker.",
  responses: {
    200: { description: "The platform is ok or degraded.", content: { "application/json": { schema: PlatformHealthSchema } } },
    503: { description: "Every service is down.", content: { "application/json": { schema: PlatformHealthSchema } } },
  },
});

export function registerHealth(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(route, async (c) => {
    const timeoutMs = Number(c.env.HEALTH_TIMEOUT_MS);
    const [health, breakers] = await Promise.all([
      probeServices(
        SERVICES.map((name) => ({ name, health: () => serviceBinding(c.env, name).health() })),
        timeoutMs,
      ),
      Promise.all(
        SERVICES.map((name) =>
          withTimeout(breakerOf(c.env, name).status(), timeoutMs, "breaker").then(
            (s) => s.state,
            () => undefined,
          ),
        ),
      ),
    ]);
    health.services.forEach((service, i) => {
      if (breakers[i]) service.breaker = breakers[i];
    });
    const view = platformHealthFor(health, hasRole(c.get("caller")?.roles ?? [], "admin"));
    c.header("cache-control", "no-store");
    return health.status === "down" ? c.json(view, 503) : c.json(view, 200);
  });
}
