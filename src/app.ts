import { OpenAPIHono } from "@hono/zod-openapi";
import { notFound, onError, validationHook } from "#shared/http/errors";
import { requestLogger } from "#shared/http/logger";
import { requestId } from "#shared/http/request-id";
import { corsForEnv } from "./middleware/cors";
import { identify } from "./middleware/identify";
import { rateLimit } from "./middleware/rate-limit";
import { securityHeaders } from "./middleware/security-headers";
import { registerDocs } from "./routes/docs";
import { registerHealth } from "./routes/health";
import { registerOpenApi } from "./routes/openapi";
import { registerServiceRoutes } from "./routes/services";

/** The gateway app: its own routes first, then the route table's forwarding to every service. */
export function createGateway(): OpenAPIHono<{ Bindings: Env }> {
  const app = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: validationHook });
  app.use(requestId);
  app.use(requestLogger("gateway"));
  // The docs page is a static asset with its own headers (_headers); the API is JSON only.
  app.use("/api/*", securityHeaders, corsForEnv, identify, rateLimit);
  app.use("/.well-known/*", securityHeaders, corsForEnv, identify, rateLimit);
  app.onError(onError);
  app.notFound(notFound);

  registerHealth(app);
  registerOpenApi(app);
  registerDocs(app);
  registerServiceRoutes(app);
  return app;
}
