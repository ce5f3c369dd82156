import type { OpenAPIHono } from "@hono/zod-openapi";

/** The search service's Hono app, as every route file's `register…(app)` receives it. */
export type SearchApp = OpenAPIHono<{ Bindings: Env }>;
