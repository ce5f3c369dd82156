import type { OpenAPIHono } from "@hono/zod-openapi";
import { problem } from "#shared/http/problem";

/**
 * The API reference is static (scripts/build-assets.mjs lays it out), served through the Worker
 * (`run_worker_first`), so a method the reference does not take is the same problem+json 405 as
 * anywhere else rather than the asset server's empty one.
 */
export function registerDocs(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.get("/docs", (c) => c.redirect("/docs/", 301));
  app.get("/docs/*", async (c) => {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    // Fetched responses have immutable headers; the gateway still adds its request id.
    return new Response(asset.body, asset);
  });
  app.on(["POST", "PUT", "PATCH", "DELETE"], ["/docs", "/docs/*"], (c) =>
    problem(c, 405, `${c.req.method} is not allowed on ${c.req.path}; use GET, HEAD.`, { headers: { allow: "GET, HEAD" } }),
  );
}
