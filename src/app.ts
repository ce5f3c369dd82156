import { OpenAPIHono } from "@hono/zod-openapi";
import { notFound, onError, validationHook } from "#shared/http/errors";
import { requestLogger } from "#shared/http/logger";
import { requestId } from "#shared/http/request-id";
import { corsForEnv } from "./middleware/cors";
import { canonicalPathOnly, routingPath } from "./middleware/canonical-path";
import { identify } from "./middleware/identify";
import { limitByAddress, limitByCaller } from "./middleware/rate-limit";
import { securityHeaders } from "./middleware/security-headers";
import { registerDocs } from "./routes/docs";
import { registerHealth } from "./routes/health";
import { registerOpenApi } from "./routes/openapi";
import { registerServiceRoutes } from "./routes/services";

/** The gateway app: its own routes first, then the route table's forwarding to every service. */
export function createGateway(): OpenAPIHono<{ Bindings: Env }> {
  const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: validationHook, getPath: routingPath });
  app.use(requestId);
  app.use(requestLogger("gateway"));
  // Routing already used the canonical path (getPath); a path with none is refused here.
  app.use(canonicalPathOnly);
  // The docs page is a static asset with its own headers (_headers); the API is JSON only.
  // Every request is counted against its client address before its credentials are looked up.
  const armour = [securityHeaders, corsForEnv, limitByAddress, identify, limitByCaller] as const;
  app.use("/api/*", ...armour);
  app.use("/.well-known/*", ...armour);
  app.onError(onError);
  app.notFound(notFound);

  registerHealth(app);
  registerOpenApi(app);
  registerDocs(app);
  registerServiceRoutes(app);
  return app;
}
