import type { OpenAPIHono } from "@hono/zod-openapi";

/**
 * The API reference is static (scripts/build-docs.mjs lays it out). Cloudflare serves those
 * files before the Worker runs; this route answers when the Worker is asked first, as in tests.
 */
export function registerDocs(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.get("/docs", (c) => c.redirect("/docs/", 301));
  app.get("/docs/*", async (c) => {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    // Fetched responses have immutable headers; the gateway still adds its request id.
    return new Response(asset.body, asset);
  });
}
